namespace SafetyBot.Knowledge.Retrieval;

/// <summary>Where in the assessment a passage comes from.</summary>
public enum PassageKind
{
    /// <summary>A key finding of the executive summary.</summary>
    Finding,

    /// <summary>An emerging local trend of the executive summary.</summary>
    EmergingTrend,

    /// <summary>A recommendation of the executive summary.</summary>
    Recommendation,

    /// <summary>Local trend analysis (scanning table "Trend" column, priority trend sections).</summary>
    Trend,

    /// <summary>National and wider context (scanning table "Context" column, quotes, the document's purpose).</summary>
    Context,

    /// <summary>Opportunities for the Partnership (scanning table).</summary>
    Opportunities,

    /// <summary>A caveat about the data, written by SafetyBot's transcribers (not the assessment's words).</summary>
    Caveat,

    /// <summary>A table or figure note, a caption or a footnote, as printed.</summary>
    Note,

    /// <summary>A recommended priority's rationale.</summary>
    Priority,

    /// <summary>A programme of a priority.</summary>
    Programme,

    /// <summary>An intervention of the previous year's review of priorities.</summary>
    Intervention,

    /// <summary>An outcome of the previous year's review of priorities.</summary>
    Outcome,

    /// <summary>A dated event, as SafetyBot records it (with the date as the document prints it).</summary>
    KeyDate,

    /// <summary>A publication the assessment cites, as SafetyBot records it.</summary>
    Source,
}
