using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Storage;

/// <summary>
/// What every bot-state <see cref="IStorage"/> of SafetyBot shares, whatever the store: how state is serialised
/// (with type names, as the SDK's own storages do), the ETag rules and the record id of a key.
/// </summary>
internal static class StateContract
{
    /// <summary>Serialises state with type names, so that it reads back as the same types.</summary>
    public static readonly Newtonsoft.Json.JsonSerializer Serializer = Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        MaxDepth = null,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
    });

    /// <summary>The JSON of <paramref name="value"/> as stored: with type names, without its ETag.</summary>
    public static JObject ToJson(object value)
    {
        var json = JObject.FromObject(value, Serializer);
        json.Remove(nameof(IStoreItem.ETag));
        return json;
    }

    /// <summary>The value stored as <paramref name="json"/> with <paramref name="etag"/>, or null.</summary>
    public static object? FromJson(JObject json, string etag)
    {
        var value = json.ToObject<object>(Serializer);
        if (value is IStoreItem item)
        {
            item.ETag = etag;
        }

        return value;
    }

    /// <summary>
    /// Refuses an empty <paramref name="offered"/> ETag (<see cref="ArgumentException"/>) and one that is neither
    /// <c>"*"</c> nor the <paramref name="stored"/> one (<see cref="StorageConflictException"/>); with nothing stored
    /// yet any ETag but an empty one is accepted. Only for an <see cref="IStoreItem"/>: plain objects are not checked.
    /// </summary>
    public static void CheckETag(string key, string? offered, string? stored)
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

    /// <summary>A new ETag: every write changes it.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// The record id of <paramref name="key"/>: the key itself, or its hash when it is long (a Teams conversation id
    /// can be; see <see cref="IndexKey"/>).
    /// </summary>
    public static string RecordId(string key) => IndexKey.Of(key);
}
