namespace SafetyBot.Knowledge;

/// <summary>An action of a programme that a lead can own and report on.</summary>
public sealed record ProgrammeAction
{
    /// <summary>Stable id, e.g. <c>1.1-a</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>What the document says should be done.</summary>
    public required string Description { get; init; }

    /// <summary>Where it came from.</summary>
    public required Provenance Provenance { get; init; }
}
