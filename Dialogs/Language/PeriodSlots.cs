using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The period a question names, if any, as typed numbers. Quarters follow the financial year
/// (Q1 = April to June). A question may name part of a period ("Q2", "since 2014"); when it names
/// a whole one, <see cref="Exact"/> is the Knowledge <see cref="Knowledge.Period"/>.
/// </summary>
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

    /// <summary>The starting year of a financial year ("2017/18" is 2017).</summary>
    public int? FinancialYearStart { get; init; }

    /// <summary>A financial quarter, 1 to 4.</summary>
    public int? Quarter { get; init; }

    /// <summary>Year to date was asked for.</summary>
    public bool YearToDate { get; init; }

    /// <summary>
    /// True when a quarter was named by its months and calendar year ("April to June 2017", "oct-dec 2017"), or by its number
    /// and financial year ("Q1 2017/18"), and nothing else was weighed against it: that quarter alone is asked, not the table's
    /// comparison with the year before.
    /// </summary>
    public bool Alone { get; init; }

    /// <summary>True when nothing was named.</summary>
    public bool IsEmpty => Year is null && FromYear is null && ToYear is null && FinancialYearStart is null && Quarter is null && !YearToDate;

    /// <summary>True when a range of years was named.</summary>
    public bool IsRange => FromYear is not null || ToYear is not null;

    /// <summary>
    /// The Knowledge period when the question names a whole one: a calendar year, a financial year,
    /// a quarter or year to date of a named financial year, or a range of whole calendar years;
    /// otherwise null.
    /// </summary>
    public Period? Exact => this switch
    {
        { FinancialYearStart: { } fy, YearToDate: true, Quarter: { } q } => Period.FinancialYearToDate(fy, q),
        { FinancialYearStart: { } fy, YearToDate: false, Quarter: { } q } => Period.FinancialQuarter(fy, q),
        { FinancialYearStart: { } fy, YearToDate: false, Quarter: null } => Period.FinancialYear(fy),
        { FinancialYearStart: null, Quarter: null, YearToDate: false, Year: { } year, FromYear: null, ToYear: null } => Period.CalendarYear(year),
        { FinancialYearStart: null, Quarter: null, YearToDate: false, Year: null, FromYear: { } from, ToYear: { } to } when from <= to => Period.Custom(from, 1, to, 12),
        _ => null,
    };
}
