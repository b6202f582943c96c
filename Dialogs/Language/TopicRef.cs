namespace SafetyBot.Dialogs.Language;

/// <summary>A topic the member can ask about.</summary>
/// <param name="Kind">Indicator, priority or glossary term.</param>
/// <param name="Id">Its id in Knowledge (an indicator id, a priority or programme code, a glossary term).</param>
/// <param name="DisplayName">How it is named to the member.</param>
public sealed record TopicRef(TopicKind Kind, string Id, string DisplayName)
{
    /// <summary>
    /// For an indicator whose figures are all for a part of the city (the extended city centre), that part as the answer names
    /// it; else null. A question about the whole city, or outside that part, asks what the assessment does not give.
    /// </summary>
    public string? OnlyFor { get; init; }

    /// <summary>
    /// For an indicator with figures for the whole city and for a part of it (ASB: the extended city centre, by quarter), that
    /// part as the answer names it; else null. Asked of that part, its figures there answer, never the city's.
    /// </summary>
    public string? AlsoFor { get; init; }

    /// <summary>
    /// True for an indicator of the city's context rather than of crime (its population): named beside another topic ("how
    /// many Cambridge residents might be DA victims"), it is what the other topic is counted among, not what is asked.
    /// </summary>
    public bool Context { get; init; }

    /// <summary>
    /// For an indicator that is a row of a table of parts of a whole (the street-life table's begging and homeless row, a share
    /// of all ASB in the extended city centre), the id of the whole it is a part of (ASB); else null. Named beside its whole
    /// ("city centre ASB incidents that were begging related"), the part is what is asked; the whole is what it is a share of.
    /// </summary>
    public string? PartOf { get; init; }
}
