namespace SafetyBot.Knowledge;

/// <summary>A programme of work under a priority, e.g. 1.1 County lines/cuckooing.</summary>
public sealed record Programme
{
    /// <summary>Its code, e.g. <c>1.1</c> (also the store id).</summary>
    public required string Id { get; init; }

    /// <summary>Id of its priority, e.g. <c>2018/19-1</c>.</summary>
    public required string PriorityId { get; init; }

    /// <summary>Its title, e.g. "County lines/cuckooing".</summary>
    public required string Title { get; init; }

    /// <summary>What it is about, as the document describes it.</summary>
    public required string Description { get; init; }

    /// <summary>The agency the assessment names as lead, when it names one (only what the document says).</summary>
    public NamedLead? LeadAgency { get; init; }

    /// <summary>Indicators whose figures are its evidence.</summary>
    public IReadOnlyList<string> EvidenceIndicatorIds { get; init; } = [];

    /// <summary>Ids of the previous year's reviewed priorities whose interventions and outcomes it continues.</summary>
    public IReadOnlyList<string> ReviewedPriorityIds { get; init; } = [];

    /// <summary>Actions a lead will own.</summary>
    public IReadOnlyList<ProgrammeAction> Actions { get; init; } = [];

    /// <summary>Where it came from.</summary>
    public required Provenance Provenance { get; init; }
}
