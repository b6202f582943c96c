namespace SafetyBot.Knowledge;

/// <summary>A piece of analysis text from a source document.</summary>
public sealed record Narrative
{
    /// <summary>Stable id, e.g. <c>cybercrime-trend</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The kind of analysis.</summary>
    public required NarrativeKind Kind { get; init; }

    /// <summary>Indicators it is about (empty when it is about a priority or the whole assessment).</summary>
    public IReadOnlyList<string> IndicatorIds { get; init; } = [];

    /// <summary>Priority it belongs to, e.g. <c>2018/19-1</c> or <c>2017/18-2</c>; null when none.</summary>
    public string? PriorityRef { get; init; }

    /// <summary>A short heading, e.g. "Violence" for an emerging trend.</summary>
    public string? Title { get; init; }

    /// <summary>The text, as the document gives it.</summary>
    public required string Text { get; init; }

    /// <summary>Where it came from.</summary>
    public required Provenance Provenance { get; init; }
}
