namespace SafetyBot.Knowledge;

/// <summary>The shapes of the embedded seed JSON files (see Knowledge/Seed).</summary>
internal static class SeedFiles
{
    /// <summary>The document the seed is drawn from, and the seed's revision (raised with every change to the seed).</summary>
    internal sealed record DocumentInfo(string Title, int Revision);

    internal sealed record ObservationFile(IReadOnlyList<ObservationGroup> Groups);

    /// <summary>A block of figures sharing defaults; a row's own values win.</summary>
    internal sealed record ObservationGroup(
        string? Indicator,
        Area? Area,
        string? Period,
        string? PeriodText,
        string? Breakdown,
        string Section,
        string? OriginalSource,
        string? SourceId,
        int? Footnote,
        IReadOnlyList<ObservationRow> Rows);

    internal sealed record ObservationRow(
        string? Indicator,
        Area? Area,
        string? Period,
        string? PeriodText,
        string? Breakdown,
        Measure Measure,
        decimal Value,
        int? RankOf,
        string? Note,
        bool IsDerived,
        string? Section,
        string? OriginalSource,
        string? SourceId,
        int? Footnote);

    internal sealed record PriorityFile(
        IReadOnlyList<Priority> Priorities,
        IReadOnlyList<Programme> Programmes,
        IReadOnlyList<ReviewedPriority> ReviewedPriorities);
}
