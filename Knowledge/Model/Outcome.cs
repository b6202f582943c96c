namespace SafetyBot.Knowledge;

/// <summary>A result reported for a reviewed priority.</summary>
public sealed record Outcome
{
    /// <summary>Short title.</summary>
    public required string Title { get; init; }

    /// <summary>The document's text.</summary>
    public required string Text { get; init; }
}
