using System.Buffers.Binary;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary>
/// A set of claim keys (<see cref="ActivityClaim.KeyOf"/>) held in about 20 bytes a key: the keys are spread over small
/// sorted arrays (buckets) by their leading bits (they are hashes, so evenly), and a key is looked up with a binary
/// search in its bucket. The buckets double in number, each split in two, whenever they hold more than
/// <see cref="SplitAt"/> keys on average, so a quiet hour costs a few hundred bytes and a busy one stays fast. A
/// <see cref="HashSet{T}"/> of the same keys takes 36 to 52 bytes a key, and while it grows both its old and its new
/// arrays, on the large object heap. Exact: every key added is found until it is removed. Not thread-safe: its owner
/// locks.
/// </summary>
internal sealed class ClaimedKeySet
{
    /// <summary>The average number of keys a bucket holds before the buckets are split.</summary>
    internal const int SplitAt = 256;

    /// <summary>At most 2^16 buckets (more than 16 million keys before buckets grow past <see cref="SplitAt"/>).</summary>
    private const int MostBits = 16;

    /// <summary>How many leading bits of a key choose its bucket.</summary>
    private int _bits = 4;

    /// <summary>Each bucket's keys, sorted, in its first <see cref="_counts"/> slots; null until it has one.</summary>
    private UInt128[]?[] _buckets = new UInt128[]?[1 << 4];

    private int[] _counts = new int[1 << 4];

    /// <summary>How many keys the set holds.</summary>
    public int Count { get; private set; }

    /// <summary>How many buckets the keys are spread over now (for tests).</summary>
    internal int BucketCount => _buckets.Length;

    /// <summary>True when <paramref name="key"/> was added and not removed since.</summary>
    public bool Contains(Guid key)
    {
        var bits = Bits(key);
        var bucket = BucketOf(bits);
        return _buckets[bucket] is { } keys && keys.AsSpan(0, _counts[bucket]).BinarySearch(bits) >= 0;
    }

    /// <summary>Adds <paramref name="key"/>: true when it was not in the set, false when it was (and nothing changes).</summary>
    public bool Add(Guid key)
    {
        var bits = Bits(key);
        var bucket = BucketOf(bits);
        var keys = _buckets[bucket] ?? [];
        var count = _counts[bucket];
        var at = keys.AsSpan(0, count).BinarySearch(bits);
        if (at >= 0)
        {
            return false;
        }

        at = ~at;
        if (count == keys.Length)
        {
            // Half as many again (at least four): about a fifth of the slots are spare on average.
            var grown = new UInt128[Math.Max(4, count + (count / 2))];
            keys.AsSpan(0, at).CopyTo(grown);
            keys.AsSpan(at, count - at).CopyTo(grown.AsSpan(at + 1));
            keys = grown;
            _buckets[bucket] = keys;
        }
        else
        {
            keys.AsSpan(at, count - at).CopyTo(keys.AsSpan(at + 1));
        }

        keys[at] = bits;
        _counts[bucket] = count + 1;
        Count++;
        if (Count > _buckets.Length * SplitAt && _bits < MostBits)
        {
            Split();
        }

        return true;
    }

    /// <summary>Removes <paramref name="key"/>; nothing happens when it is not in the set.</summary>
    public void Remove(Guid key)
    {
        var bits = Bits(key);
        var bucket = BucketOf(bits);
        if (_buckets[bucket] is not { } keys)
        {
            return;
        }

        var count = _counts[bucket];
        var at = keys.AsSpan(0, count).BinarySearch(bits);
        if (at >= 0)
        {
            keys.AsSpan(at + 1, count - at - 1).CopyTo(keys.AsSpan(at));
            keys[count - 1] = default;
            _counts[bucket] = count - 1;
            Count--;
        }
    }

    /// <summary>Doubles the buckets: bucket i becomes 2i (its keys whose next bit is 0, which sort first) and 2i + 1.</summary>
    private void Split()
    {
        var buckets = new UInt128[]?[_buckets.Length * 2];
        var counts = new int[_buckets.Length * 2];
        var nextBit = UInt128.One << (127 - _bits);
        for (var i = 0; i < _buckets.Length; i++)
        {
            if (_buckets[i] is not { } keys)
            {
                continue;
            }

            var span = keys.AsSpan(0, _counts[i]);
            var at = span.BinarySearch(((UInt128)(uint)i << (128 - _bits)) | nextBit);
            at = at < 0 ? ~at : at;
            (buckets[2 * i], counts[2 * i]) = Copy(span[..at]);
            (buckets[(2 * i) + 1], counts[(2 * i) + 1]) = Copy(span[at..]);
        }

        _bits++;
        _buckets = buckets;
        _counts = counts;
    }

    private static (UInt128[]? Keys, int Count) Copy(ReadOnlySpan<UInt128> keys)
    {
        if (keys.IsEmpty)
        {
            return (null, 0);
        }

        var copy = new UInt128[Math.Max(4, keys.Length + (keys.Length / 4))];
        keys.CopyTo(copy);
        return (copy, keys.Length);
    }

    private int BucketOf(UInt128 bits) => (int)(bits >> (128 - _bits));

    private static UInt128 Bits(Guid key)
    {
        Span<byte> bytes = stackalloc byte[16];
        key.TryWriteBytes(bytes);
        return BinaryPrimitives.ReadUInt128LittleEndian(bytes);
    }
}
