using System.Collections.Concurrent;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// Bot state this process has read or committed, kept parsed so a turn does not read and parse its
/// conversation's state from the file again. The file stays the record: a value is kept only when no
/// write of its key is in flight, a write forgets the key until it has committed, and of writes
/// committed concurrently the one committed last is kept. At most <see cref="Capacity"/> keys are kept.
/// </summary>
internal sealed class StateCache
{
    /// <summary>The most keys kept; beyond it, keys with no write in flight are forgotten.</summary>
    public const int Capacity = 2_000;

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>
    /// The kept state of <paramref name="id"/> (true; <paramref name="state"/> null when there is none), or false with
    /// the <paramref name="version"/> to hand to <see cref="Offer"/> after reading the file.
    /// </summary>
    public bool TryGet(string id, out CachedState? state, out Slot slot, out long version)
    {
        slot = _slots.GetOrAdd(id, static _ => new Slot());
        lock (slot)
        {
            state = slot.State;
            version = slot.Version;
            return slot.Known;
        }
    }

    /// <summary>Keeps what was read from the file, unless a write began since <see cref="TryGet"/>.</summary>
    public void Offer(Slot slot, long version, CachedState? state)
    {
        lock (slot)
        {
            if (slot.Version == version && slot.Writers == 0)
            {
                (slot.State, slot.Known) = (state, true);
            }
        }

        Trim();
    }

    /// <summary>A write of <paramref name="id"/> begins: forget it until <see cref="EndWrite"/>.</summary>
    public Slot BeginWrite(string id)
    {
        var slot = _slots.GetOrAdd(id, static _ => new Slot());
        lock (slot)
        {
            slot.Writers++;
            slot.Version++;
            slot.Known = false;
        }

        return slot;
    }

    /// <summary>
    /// A write ends: <paramref name="committed"/> tells whether it was committed, <paramref name="sequence"/> in which
    /// order (larger is later) and <paramref name="state"/> what it wrote (null for a delete).
    /// </summary>
    public void EndWrite(Slot slot, bool committed, long sequence, CachedState? state)
    {
        lock (slot)
        {
            slot.Writers--;
            slot.Version++;
            if (committed && sequence > slot.Sequence)
            {
                (slot.Sequence, slot.State, slot.HasCommitted) = (sequence, state, true);
            }
            else if (!committed)
            {
                // Refused, failed or no longer awaited (a cancelled wait may still have landed): read the file again.
                slot.HasCommitted = false;
            }

            // State holds the value committed last; it is used only once no write of the key is in flight.
            slot.Known = slot.Writers == 0 && slot.HasCommitted;
        }
    }

    private void Trim()
    {
        if (_slots.Count <= Capacity)
        {
            return;
        }

        foreach (var (id, slot) in _slots)
        {
            lock (slot)
            {
                if (slot.Writers == 0)
                {
                    _slots.TryRemove(new KeyValuePair<string, Slot>(id, slot));
                }
            }
        }
    }

    /// <summary>What is known of one key. Lock it to read or change it.</summary>
    public sealed class Slot
    {
        internal int Writers { get; set; }

        internal long Version { get; set; }

        internal bool Known { get; set; }

        internal bool HasCommitted { get; set; }

        internal long Sequence { get; set; }

        internal CachedState? State { get; set; }
    }
}
