using LiteDB;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// Bot Framework <see cref="IStorage"/> on the app's embedded LiteDB file.
/// </summary>
/// <remarks>
/// Honours the Bot Framework ETag contract, as <c>MemoryStorage</c> does, but strictly:
/// <list type="bullet">
/// <item>plain objects are written unconditionally;</item>
/// <item>an <see cref="IStoreItem"/> whose ETag is neither <c>"*"</c> nor the stored one throws
/// <see cref="StorageConflictException"/> and nothing in that batch is written;</item>
/// <item><c>"*"</c> overwrites; the ETag changes on every write;</item>
/// <item>an empty ETag is refused with <see cref="ArgumentException"/>.</item>
/// </list>
/// A batch is checked and written atomically through the database's group commit (one
/// transaction shared with the writes of concurrent turns, applied one write at a time), so a
/// read-modify-write race has exactly one winner; a write's task completes once it is committed.
/// Reads are synchronous.
/// </remarks>
public sealed class LiteDbStorage : IStorage
{
    /// <summary>Name of the LiteDB collection that holds bot state.</summary>
    public const string CollectionName = "bot_state";

    private readonly SafetyDatabase _database;
    private readonly StateCache _cache = new();
    private long _writes;

    /// <summary>Creates the storage on the app's database.</summary>
    public LiteDbStorage(SafetyDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    private static ILiteCollection<StoredState> Collection(ILiteDatabase db) => db.GetCollection<StoredState>(CollectionName);

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var result = new Dictionary<string, object>(keys.Length);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var id = DocumentId(key);
            if (!_cache.TryGet(id, out var state, out var slot, out var version))
            {
                var stored = Collection(_database.Database).FindById(id);
                state = stored is null ? null : new CachedState(stored.ETag, JObject.Parse(stored.Json));
                _cache.Offer(slot, version, state);
            }

            if (state is not null && StateContract.FromJson(state.Json, state.ETag) is { } value)
            {
                result[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    /// <inheritdoc />
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        // Serialised here, on the turn's thread; checked and written by group commit, in one transaction with
        // the writes of concurrent turns, so a read-modify-write race still has exactly one winner.
        var pending = new List<(StoredState State, JObject Json, bool Checked, string? Offered)>(changes.Count);
        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(key);
            var json = StateContract.ToJson(value);
            var state = new StoredState { Id = DocumentId(key), Key = key, Json = json.ToString(Formatting.None), ETag = StateContract.NewETag() };
            pending.Add(value is IStoreItem item ? (state, json, true, item.ETag) : (state, json, false, null));
        }

        await CommitAsync(
            [.. pending.Select(p => (p.State.Id, (CachedState?)new CachedState(p.State.ETag, p.Json)))],
            collection =>
            {
                foreach (var (state, _, _, offered) in pending.Where(p => p.Checked))
                {
                    StateContract.CheckETag(state.Key, offered, collection.FindById(state.Id)?.ETag);
                }

                foreach (var (state, _, _, _) in pending)
                {
                    collection.Upsert(state);
                }
            },
            cancellationToken).ConfigureAwait(false);

        foreach (var (state, _, _, _) in pending)
        {
            if (changes[state.Key] is IStoreItem item)
            {
                item.ETag = state.ETag;
            }
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var ids = keys.Select(DocumentId).Distinct(StringComparer.Ordinal).ToList();
        await CommitAsync(
            [.. ids.Select(id => (id, (CachedState?)null))],
            collection => ids.ForEach(id => collection.Delete(id)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies <paramref name="write"/> through group commit. The kept state of each id is forgotten while it is
    /// written and becomes <c>State</c> (null: none) once committed; writes run one at a time, so the count of
    /// writes orders them as they were committed.
    /// </summary>
    private async Task CommitAsync(
        IReadOnlyList<(string Id, CachedState? State)> writes, Action<ILiteCollection<StoredState>> write, CancellationToken cancellationToken)
    {
        var slots = writes.Select(w => _cache.BeginWrite(w.Id)).ToList();
        var committed = false;
        long sequence = 0;
        try
        {
            sequence = await _database.WriteAsync(
                db =>
                {
                    write(Collection(db));
                    return Interlocked.Increment(ref _writes);
                },
                cancellationToken).ConfigureAwait(false);
            committed = true;
        }
        finally
        {
            for (var i = 0; i < writes.Count; i++)
            {
                _cache.EndWrite(slots[i], committed, sequence, writes[i].State);
            }
        }
    }

    private static string DocumentId(string key) => StateContract.RecordId(key);
}
