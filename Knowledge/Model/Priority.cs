namespace SafetyBot.Knowledge;

/// <summary>A recommended Partnership priority for a year, e.g. 2018/19 priority 1.</summary>
public sealed record Priority
{
    /// <summary>Stable id, e.g. <c>2018/19-1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The financial year it is for, e.g. "2018/19".</summary>
    public required string Year { get; init; }

    /// <summary>Its number (1 to 3 for 2018/19).</summary>
    public required int Number { get; init; }

    /// <summary>Its title, e.g. "Safeguarding people against violence and exploitation".</summary>
    public required string Title { get; init; }

    /// <summary>The rationale the document gives.</summary>
    public required string Description { get; init; }

    /// <summary>Codes of its programmes, e.g. 1.1 and 1.2.</summary>
    public IReadOnlyList<string> ProgrammeCodes { get; init; } = [];

    /// <summary>Where it came from.</summary>
    public required Provenance Provenance { get; init; }
}
