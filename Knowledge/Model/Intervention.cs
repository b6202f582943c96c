namespace SafetyBot.Knowledge;

/// <summary>Something the Partnership did under a reviewed priority.</summary>
public sealed record Intervention
{
    /// <summary>Short title, e.g. "Support the County Lines multiagency work".</summary>
    public required string Title { get; init; }

    /// <summary>The document's text.</summary>
    public required string Text { get; init; }
}
