using System.ComponentModel.DataAnnotations;

namespace SafetyBot.Knowledge.Caching;

/// <summary>
/// The one policy for what SafetyBot keeps in memory about the answers it gives (<see cref="KnowledgeCache"/>): bound
/// from the <c>KnowledgeCache</c> section and validated at start.
/// </summary>
public sealed class KnowledgeCacheOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "KnowledgeCache";

    /// <summary>
    /// The most the cache holds, in units: each entry costs one unit plus one per 1,024 characters of rendered card
    /// JSON it keeps (<see cref="KnowledgeCache.SizeOf"/>). The default, 16,384, keeps every distinct question the
    /// benchmarks ask many times over, and at most about 32 MB of card JSON.
    /// </summary>
    [Range(64, 1_048_576)]
    public long SizeLimit { get; set; } = 16_384;

    /// <summary>Questions typed longer than this (in characters) are answered each time and never kept.</summary>
    [Range(16, 1_000)]
    public int MaxTextLength { get; set; } = 160;
}
