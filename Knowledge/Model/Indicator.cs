namespace SafetyBot.Knowledge;

/// <summary>Something the Partnership measures, e.g. dwelling burglary.</summary>
public sealed record Indicator
{
    /// <summary>Stable id, lower-case with hyphens, e.g. <c>dwelling-burglary</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Name to show, e.g. "Dwelling burglary".</summary>
    public required string DisplayName { get; init; }

    /// <summary>Other names people use for it (matched case-insensitively).</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Grouping, e.g. "Violence", "Property crime", "Anti-social behaviour".</summary>
    public required string Category { get; init; }

    /// <summary>What a count counts, e.g. "crimes", "incidents", "collisions", "referrals".</summary>
    public required string Unit { get; init; }

    /// <summary>Which way a change reads as good news.</summary>
    public required BetterDirection BetterDirection { get; init; }

    /// <summary>A plain description of what is counted.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Where its figures come from, e.g. "police.uk street-level crime"; null when the figures cite their own.</summary>
    public string? Source { get; init; }

    /// <summary>True when <paramref name="other"/> defines the indicator exactly as this does (synonyms in the same order).</summary>
    public bool SameDefinitionAs(Indicator other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return this with { Synonyms = [] } == other with { Synonyms = [] } && Synonyms.SequenceEqual(other.Synonyms, StringComparer.Ordinal);
    }
}
