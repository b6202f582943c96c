using LiteDB;

namespace SafetyBot.Bot.Storage;

/// <summary>One bot state record in LiteDB: the state as JSON, with its key and current ETag.</summary>
internal sealed class StoredState
{
    /// <summary>Document id: the key itself, or its hash when the key is long.</summary>
    [BsonId]
    public string Id { get; set; } = string.Empty;

    /// <summary>The Bot Framework storage key.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The state object serialised with type names, as the SDK's own storages do.</summary>
    public string Json { get; set; } = string.Empty;

    /// <summary>The ETag of this version of the state.</summary>
    public string ETag { get; set; } = string.Empty;
}
