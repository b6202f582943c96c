namespace SafetyBot.Knowledge;

/// <summary>Which version of the embedded seed the store holds.</summary>
public sealed record SeedState
{
    /// <summary>Store id (always "seed").</summary>
    public required string Id { get; init; }

    /// <summary>SHA-256 of the embedded seed resources, in hex.</summary>
    public required string Hash { get; init; }

    /// <summary>The seed's revision (0 for a store seeded before revisions were recorded).</summary>
    public int Revision { get; init; }

    /// <summary>When this seed version was applied.</summary>
    public required DateTimeOffset AppliedAt { get; init; }
}
