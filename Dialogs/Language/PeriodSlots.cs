namespace SafetyBot.Dialogs.Language;

/// <summary>The period a question names, if any. Quarters follow the financial year (Q1 = April to June).</summary>
public sealed record PeriodSlots
{
    /// <summary>No period named.</summary>
    public static PeriodSlots None { get; } = new();

    /// <summary>A single calendar year ("in 2017").</summary>
    public int? Year { get; init; }

    /// <summary>First year of a range ("since 2014", "between 2012 and 2017").</summary>
    public int? FromYear { get; init; }

    /// <summary>Last year of a range.</summary>
    public int? ToYear { get; init; }

    /// <summary>A financial year as written in the assessment, e.g. "2017/18".</summary>
    public string? FinancialYear { get; init; }

    /// <summary>A financial quarter, 1 to 4.</summary>
    public int? Quarter { get; init; }

    /// <summary>Year to date was asked for.</summary>
    public bool YearToDate { get; init; }

    /// <summary>True when nothing was named.</summary>
    public bool IsEmpty => this == None || (Year is null && FromYear is null && ToYear is null && FinancialYear is null && Quarter is null && !YearToDate);

    /// <summary>True when a range of years was named.</summary>
    public bool IsRange => FromYear is not null || ToYear is not null;
}
