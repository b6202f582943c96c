namespace SafetyBot.Knowledge;

/// <summary>Something the Partnership did under a reviewed priority.</summary>
public sealed record Intervention
{
    /// <summary>Short title, e.g. "Support the County Lines multiagency work".</summary>
    public required string Title { get; init; }

    /// <summary>The agency the assessment names as lead, when it names one (only what the document says).</summary>
    public NamedLead? LeadAgency { get; init; }

    /// <summary>The document's text.</summary>
    public required string Text { get; init; }
}
