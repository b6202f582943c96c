using Microsoft.Bot.Builder;

namespace SafetyBot.Tests.Bot.Storage;

/// <summary>A plain object: written unconditionally.</summary>
public sealed class PocoItem
{
    public string? Id { get; set; }

    public int Count { get; set; }

    public string[]? ExtraBytes { get; set; }
}

/// <summary>An object with an ETag: written only with the current ETag or "*".</summary>
public sealed class PocoStoreItem : IStoreItem
{
    public string? Id { get; set; }

    public int Count { get; set; }

    public string? ETag { get; set; }
}

/// <summary>A typed object with nested typed members, to check type names survive.</summary>
public sealed class TypedDraft
{
    public string? Title { get; set; }

    public DateTimeOffset When { get; set; }

    public decimal Measure { get; set; }

    public List<PocoItem> Items { get; set; } = [];
}
