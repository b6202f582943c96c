namespace SafetyBot.Knowledge;

/// <summary>The kind of period a figure covers.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year, January to December. Key <c>2017</c>.</summary>
    CalendarYear,

    /// <summary>A financial year, April to March. Key <c>FY2017/18</c>.</summary>
    FinancialYear,

    /// <summary>A financial quarter; 2017/18 Q1 is April to June 2017. Key <c>FY2017/18-Q1</c>.</summary>
    FinancialQuarter,

    /// <summary>A financial year to date, from April to the end of a quarter. Key <c>FY2017/18-YTD-Q3</c>.</summary>
    FinancialYearToDate,

    /// <summary>Rolling 12 months to the end of a month (iQuanta). Key <c>12M-2017-11</c>.</summary>
    Rolling12Months,

    /// <summary>The year ending with a month (ONS, CSEW). Key <c>YE-2017-09</c>.</summary>
    YearEnding,

    /// <summary>Any other range of whole months. Key <c>2016-07..2017-06</c>.</summary>
    Custom,

    /// <summary>The source does not state the period. Key <c>unstated</c>.</summary>
    Unstated,
}
