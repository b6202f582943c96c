namespace SafetyBot.Knowledge;

/// <summary>The kind of analysis a narrative is.</summary>
public enum NarrativeKind
{
    /// <summary>Local trend analysis (scanning table "Trend" column, priority trend sections).</summary>
    Trend,

    /// <summary>National and wider context (scanning table "Context" column).</summary>
    Context,

    /// <summary>Opportunities for the Partnership.</summary>
    Opportunities,

    /// <summary>A key finding of the executive summary.</summary>
    Finding,

    /// <summary>An emerging local trend of the executive summary.</summary>
    EmergingTrend,

    /// <summary>A recommendation to the Partnership.</summary>
    Recommendation,

    /// <summary>A warning about the data: a gap, an inconsistency or an unexplained figure.</summary>
    Caveat,

    /// <summary>A note to a table or a figure, as the document prints it: a caption, a key, a footnote or column headings.</summary>
    Note,
}
