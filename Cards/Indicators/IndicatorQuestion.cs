namespace SafetyBot.Cards.Indicators;

/// <summary>A question about one indicator, as understood.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Focus">What was asked.</param>
public sealed record IndicatorQuestion(string IndicatorId, IndicatorFocus Focus)
{
    /// <summary>A calendar year asked for.</summary>
    public int? Year { get; init; }

    /// <summary>The basis of a rate named ("per 1,000 households"), or null.</summary>
    public SafetyBot.Knowledge.Measure? RateBasis { get; init; }

    /// <summary>
    /// True when the period was not named but carried from questions that walked through the years of another topic ("what about
    /// the engagement rate" after the referrals of 2014/15 and 2016/17): a single financial year's answer then shows the other
    /// years the assessment gives beside it.
    /// </summary>
    public bool PeriodCarried { get; init; }

    /// <summary>The year asked for in a run of years (the first over a level, the highest), or null.</summary>
    public SeriesPoint? Point { get; init; }

    /// <summary>First year of a range asked for.</summary>
    public int? FromYear { get; init; }

    /// <summary>Last year of a range asked for.</summary>
    public int? ToYear { get; init; }

    /// <summary>Start year of the financial year asked for (2017 for 2017/18).</summary>
    public int? FinancialYearStart { get; init; }

    /// <summary>A financial quarter asked for (1 = April to June).</summary>
    public int? Quarter { get; init; }

    /// <summary>Year to date asked for.</summary>
    public bool YearToDate { get; init; }

    /// <summary>
    /// True when the quarter asked is wanted alone ("April to June 2017"): its figure without the same quarter a year
    /// before beside it.
    /// </summary>
    public bool Alone { get; init; }
}
