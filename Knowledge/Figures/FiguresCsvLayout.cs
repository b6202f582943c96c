namespace SafetyBot.Knowledge.Figures;

/// <summary>The column layout of figures CSV files (import, export and template). See docs/figures-csv.md.</summary>
public static class FiguresCsvLayout
{
    /// <summary>Indicator id, e.g. <c>dwelling-burglary</c>. Required.</summary>
    public const string IndicatorId = "indicator_id";

    /// <summary>Area name, e.g. <c>CambridgeCity</c>, <c>MsgAverage</c>. Required.</summary>
    public const string Area = "area";

    /// <summary>Period key, e.g. <c>2017</c>, <c>FY2018/19-Q1</c>, <c>12M-2018-11</c>. Required.</summary>
    public const string Period = "period";

    /// <summary>Measure name, e.g. <c>Count</c>, <c>RatePer1000Population</c>. Required.</summary>
    public const string Measure = "measure";

    /// <summary>The value, invariant culture (a point for decimals). Required.</summary>
    public const string Value = "value";

    /// <summary>Sub-group the figure is about; blank for the whole indicator.</summary>
    public const string Breakdown = "breakdown";

    /// <summary>For a rank, out of how many.</summary>
    public const string RankOf = "rank_of";

    /// <summary>true when the value is computed rather than stated by the source.</summary>
    public const string IsDerived = "is_derived";

    /// <summary>A note for readers.</summary>
    public const string Note = "note";

    /// <summary>Original data source, e.g. "Police recorded crime".</summary>
    public const string Source = "source";

    /// <summary>Id of a cited source in the store.</summary>
    public const string SourceId = "source_id";

    /// <summary>Footnote number in the document.</summary>
    public const string Footnote = "footnote";

    /// <summary>The document that states the figure; blank means the imported file's name.</summary>
    public const string Document = "document";

    /// <summary>Section or table of the document.</summary>
    public const string Section = "section";

    /// <summary>The period as the document prints it.</summary>
    public const string PeriodText = "period_text";

    /// <summary>All columns, in file order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        [IndicatorId, Area, Period, Measure, Value, Breakdown, RankOf, IsDerived, Note, Source, SourceId, Footnote, Document, Section, PeriodText];

    /// <summary>The columns every file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [IndicatorId, Area, Period, Measure, Value];
}
