using System.Security.Cryptography;
using System.Text;
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
/// A batch is checked and written as one LiteDB transaction under one lock, so a
/// read-modify-write race has exactly one winner. LiteDB is synchronous, so the methods
/// complete synchronously.
/// </remarks>
public sealed class LiteDbStorage : IStorage
{
    /// <summary>Name of the LiteDB collection that holds bot state.</summary>
    public const string CollectionName = "bot_state";

    private const int MaxPlainKeyBytes = 512;

    private static readonly Newtonsoft.Json.JsonSerializer StateSerializer = Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    });

    private readonly SafetyDatabase _database;
    private readonly Lock _gate = new();

    /// <summary>Creates the storage on the app's database.</summary>
    public LiteDbStorage(SafetyDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    private ILiteCollection<StoredState> Collection => _database.Database.GetCollection<StoredState>(CollectionName);

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        var result = new Dictionary<string, object>(keys.Length);
        var collection = Collection;
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            var stored = collection.FindById(DocumentId(key));
            if (stored is null)
            {
                continue;
            }

            var state = JObject.Parse(stored.Json);
            if (state.ToObject<object>(StateSerializer) is { } value)
            {
                if (value is IStoreItem item)
                {
                    item.ETag = stored.ETag;
                }

                result[key] = value;
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        lock (_gate)
        {
            var db = _database.Database;
            var collection = Collection;
            var pending = new List<StoredState>(changes.Count);
            foreach (var (key, value) in changes)
            {
                ArgumentNullException.ThrowIfNull(key);
                var id = DocumentId(key);
                if (value is IStoreItem item)
                {
                    CheckETag(key, item.ETag, collection.FindById(id)?.ETag);
                }

                var json = JObject.FromObject(value, StateSerializer);
                json.Remove(nameof(IStoreItem.ETag));
                pending.Add(new StoredState { Id = id, Key = key, Json = json.ToString(Formatting.None), ETag = NewETag() });
            }

            db.BeginTrans();
            try
            {
                foreach (var state in pending)
                {
                    collection.Upsert(state);
                }

                db.Commit();
            }
            catch
            {
                db.Rollback();
                throw;
            }

            foreach (var state in pending)
            {
                if (changes[state.Key] is IStoreItem item)
                {
                    item.ETag = state.ETag;
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();

        lock (_gate)
        {
            var collection = Collection;
            foreach (var key in keys)
            {
                collection.Delete(DocumentId(key));
            }
        }

        return Task.CompletedTask;
    }

    private static void CheckETag(string key, string? offered, string? stored)
    {
        if (offered is not null && offered.Length == 0)
        {
            throw new ArgumentException($"The item '{key}' has an empty ETag; use \"*\" to overwrite or the ETag last read.", nameof(offered));
        }

        if (stored is null || offered == "*" || offered == stored)
        {
            return;
        }

        throw new StorageConflictException(key);
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// LiteDB index keys are limited in size: long keys (a Teams conversation id can be long)
    /// are stored under a hash, short ones as they are.
    /// </summary>
    private static string DocumentId(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var bytes = Encoding.UTF8.GetBytes(key);
        return bytes.Length <= MaxPlainKeyBytes ? key : "sha256:" + Convert.ToHexString(SHA256.HashData(bytes));
    }
}
