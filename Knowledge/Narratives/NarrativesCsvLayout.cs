namespace SafetyBot.Knowledge.Narratives;

/// <summary>The column layout of narratives CSV files: a later assessment's prose. See README, "CSV layouts for analysts".</summary>
public static class NarrativesCsvLayout
{
    /// <summary>The assessment's title, naming its financial year, e.g. "Community Safety Strategic Assessment – Cambridge City 2018/19". Required.</summary>
    public const string Document = "document";

    /// <summary>Where in the document, e.g. "Section 3: Scanning table – Shoplifting". Required.</summary>
    public const string Section = "section";

    /// <summary>An indicator id or a programme code (e.g. <c>shoplifting</c>, <c>1.1</c>); empty for the whole document.</summary>
    public const string Topic = "topic";

    /// <summary>trend, national context, opportunities, finding or caveat. Required.</summary>
    public const string Kind = "kind";

    /// <summary>The period the text is about, as the document prints it, e.g. "2018".</summary>
    public const string Period = "period";

    /// <summary>The text, as the document gives it (quoted when it holds commas or line breaks). Required.</summary>
    public const string Text = "text";

    /// <summary>The longest title or section.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>The longest text.</summary>
    public const int MaxTextLength = 12_000;

    /// <summary>All columns, in file order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [Document, Section, Topic, Kind, Period, Text];

    /// <summary>The columns every file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [Document, Section, Topic, Kind, Text];

    /// <summary>The kinds a row may give, as written in the file, and the narrative kind each is.</summary>
    public static IReadOnlyDictionary<string, NarrativeKind> Kinds { get; } = new Dictionary<string, NarrativeKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["trend"] = NarrativeKind.Trend,
        ["national context"] = NarrativeKind.Context,
        ["opportunities"] = NarrativeKind.Opportunities,
        ["finding"] = NarrativeKind.Finding,
        ["caveat"] = NarrativeKind.Caveat,
    };
}
