namespace SafetyBot.Knowledge;

/// <summary>A past year's priority as reviewed by the assessment, e.g. 2017/18 priority 2: Domestic abuse.</summary>
public sealed record ReviewedPriority
{
    /// <summary>Stable id, e.g. <c>2017/18-2</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The financial year of the priority, e.g. "2017/18".</summary>
    public required string Year { get; init; }

    /// <summary>Its number.</summary>
    public required int Number { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Indicators whose figures the review cites.</summary>
    public IReadOnlyList<string> EvidenceIndicatorIds { get; init; } = [];

    /// <summary>What the Partnership did.</summary>
    public IReadOnlyList<Intervention> Interventions { get; init; } = [];

    /// <summary>What came of it.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; init; } = [];

    /// <summary>Where it came from.</summary>
    public required Provenance Provenance { get; init; }
}
