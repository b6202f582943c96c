namespace SafetyBot.Knowledge.Indicators;

/// <summary>The column layout of indicators CSV files. See README, "CSV layouts for analysts".</summary>
public static class IndicatorsCsvLayout
{
    /// <summary>Stable id: lower-case letters and digits joined by single hyphens, e.g. <c>bicycle-theft</c>. Required.</summary>
    public const string Id = "id";

    /// <summary>The name to show. Required.</summary>
    public const string DisplayName = "display_name";

    /// <summary>Other names people use, separated by semicolons.</summary>
    public const string Synonyms = "synonyms";

    /// <summary>Grouping, e.g. "Property crime". Required.</summary>
    public const string Category = "category";

    /// <summary>What a count counts, e.g. "crimes". Required.</summary>
    public const string Unit = "unit";

    /// <summary>Lower, Higher or Neutral: which way a change is good news. Required.</summary>
    public const string BetterDirection = "better_direction";

    /// <summary>A plain description of what is counted.</summary>
    public const string Description = "description";

    /// <summary>Where its figures come from, e.g. "Police recorded crime".</summary>
    public const string Source = "source";

    /// <summary>The longest id.</summary>
    public const int MaxIdLength = 60;

    /// <summary>The longest name, category, unit, synonym or source.</summary>
    public const int MaxNameLength = 120;

    /// <summary>The longest description.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>All columns, in file order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [Id, DisplayName, Synonyms, Category, Unit, BetterDirection, Description, Source];

    /// <summary>The columns every file must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = [Id, DisplayName, Category, Unit, BetterDirection];
}
