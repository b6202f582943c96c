namespace SafetyBot.Knowledge;

/// <summary>An indicator's quarters for a financial year, with the previous year's and the year to date.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Area">The area.</param>
/// <param name="Measure">The measure.</param>
/// <param name="FinancialYearStart">The year the financial year starts (2017 for 2017/18).</param>
/// <param name="Quarters">Quarters 1 to 4, always four entries; missing figures are null.</param>
/// <param name="YearToDate">The latest year-to-date figure given, with the previous year's; null when none.</param>
public sealed record QuarterTable(
    Indicator Indicator,
    Area Area,
    Measure Measure,
    int FinancialYearStart,
    IReadOnlyList<QuarterFigures> Quarters,
    QuarterFigures? YearToDate);
