using System.Globalization;
using LiteDB;

namespace SafetyBot.Knowledge;

/// <summary>
/// The period a figure covers, as an inclusive range of whole months, with a stable string
/// <see cref="Key"/> (see <see cref="PeriodKind"/> for the key of each kind).
/// Build one with the factory methods or <see cref="TryParse"/>.
/// </summary>
public sealed record Period
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The kind of period.</summary>
    public required PeriodKind Kind { get; init; }

    /// <summary>Year of the first month (0 when unstated).</summary>
    public int StartYear { get; init; }

    /// <summary>First month, 1-12 (0 when unstated).</summary>
    public int StartMonth { get; init; }

    /// <summary>Year of the last month (0 when unstated).</summary>
    public int EndYear { get; init; }

    /// <summary>Last month, 1-12 (0 when unstated).</summary>
    public int EndMonth { get; init; }

    /// <summary>The period not stated by the source.</summary>
    public static Period Unstated { get; } = new() { Kind = PeriodKind.Unstated };

    /// <summary>The stable key, e.g. <c>2017</c>, <c>FY2017/18-Q1</c>, <c>12M-2017-11</c>.</summary>
    [BsonIgnore]
    public string Key => Kind switch
    {
        PeriodKind.CalendarYear => StartYear.ToString(CultureInfo.InvariantCulture),
        PeriodKind.FinancialYear => $"FY{FinancialYearText}",
        PeriodKind.FinancialQuarter => $"FY{FinancialYearText}-Q{Quarter}",
        PeriodKind.FinancialYearToDate => $"FY{FinancialYearText}-YTD-Q{Quarter}",
        PeriodKind.Rolling12Months => $"12M-{EndYear:D4}-{EndMonth:D2}",
        PeriodKind.YearEnding => $"YE-{EndYear:D4}-{EndMonth:D2}",
        PeriodKind.Custom => $"{StartYear:D4}-{StartMonth:D2}..{EndYear:D4}-{EndMonth:D2}",
        _ => "unstated",
    };

    /// <summary>A readable label, e.g. "2017/18 Q1 (April to June 2017)".</summary>
    [BsonIgnore]
    public string Label => Kind switch
    {
        PeriodKind.CalendarYear => Key,
        PeriodKind.FinancialYear => FinancialYearText,
        PeriodKind.FinancialQuarter => $"{FinancialYearText} Q{Quarter} ({Range})",
        PeriodKind.FinancialYearToDate => $"{FinancialYearText} year to date to Q{Quarter} ({Range})",
        PeriodKind.Rolling12Months => $"12 months to {MonthNames[EndMonth - 1]} {EndYear}",
        PeriodKind.YearEnding => $"year ending {MonthNames[EndMonth - 1]} {EndYear}",
        PeriodKind.Custom => Range,
        _ => "period not stated",
    };

    /// <summary>The financial year's starting year for financial kinds (2017 for 2017/18), otherwise null.</summary>
    [BsonIgnore]
    public int? FinancialYearStart => Kind is PeriodKind.FinancialYear or PeriodKind.FinancialQuarter or PeriodKind.FinancialYearToDate
        ? (StartMonth >= 4 ? StartYear : StartYear - 1)
        : null;

    /// <summary>The financial quarter (1-4) for quarters, or the last quarter covered for year to date.</summary>
    [BsonIgnore]
    public int? Quarter => Kind is PeriodKind.FinancialQuarter or PeriodKind.FinancialYearToDate
        ? ((EndYear * 12) + EndMonth - ((FinancialYearStart!.Value * 12) + 4)) / 3 + 1
        : null;

    private string FinancialYearText => FinancialYearStart is { } start
        ? $"{start}/{(start + 1) % 100:D2}"
        : string.Empty;

    private string Range => StartYear == EndYear && StartMonth == EndMonth
        ? $"{MonthNames[StartMonth - 1]} {EndYear}"
        : StartYear == EndYear
        ? $"{MonthNames[StartMonth - 1]} to {MonthNames[EndMonth - 1]} {EndYear}"
        : $"{MonthNames[StartMonth - 1]} {StartYear} to {MonthNames[EndMonth - 1]} {EndYear}";

    /// <summary>January to December of <paramref name="year"/>.</summary>
    public static Period CalendarYear(int year) => Create(PeriodKind.CalendarYear, year, 1, year, 12);

    /// <summary>April of <paramref name="startYear"/> to March of the next year.</summary>
    public static Period FinancialYear(int startYear) => Create(PeriodKind.FinancialYear, startYear, 4, startYear + 1, 3);

    /// <summary>Quarter <paramref name="quarter"/> (1-4) of the financial year starting in April of <paramref name="startYear"/>.</summary>
    public static Period FinancialQuarter(int startYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var (year, month) = AddMonths(startYear, 4, (quarter - 1) * 3);
        var (endYear, endMonth) = AddMonths(year, month, 2);
        return Create(PeriodKind.FinancialQuarter, year, month, endYear, endMonth);
    }

    /// <summary>April of <paramref name="startYear"/> to the end of quarter <paramref name="throughQuarter"/>.</summary>
    public static Period FinancialYearToDate(int startYear, int throughQuarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(throughQuarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(throughQuarter, 4);
        var (endYear, endMonth) = AddMonths(startYear, 4, (throughQuarter * 3) - 1);
        return Create(PeriodKind.FinancialYearToDate, startYear, 4, endYear, endMonth);
    }

    /// <summary>The 12 months to the end of <paramref name="endMonth"/> <paramref name="endYear"/> (iQuanta style).</summary>
    public static Period Rolling12Months(int endYear, int endMonth) => TwelveMonths(PeriodKind.Rolling12Months, endYear, endMonth);

    /// <summary>The year ending with <paramref name="endMonth"/> <paramref name="endYear"/> (ONS style).</summary>
    public static Period YearEnding(int endYear, int endMonth) => TwelveMonths(PeriodKind.YearEnding, endYear, endMonth);

    /// <summary>Any range of whole months, inclusive.</summary>
    public static Period Custom(int startYear, int startMonth, int endYear, int endMonth)
    {
        if ((startYear * 12) + startMonth > (endYear * 12) + endMonth)
        {
            throw new ArgumentException("The period's start is after its end.", nameof(startYear));
        }

        return Create(PeriodKind.Custom, startYear, startMonth, endYear, endMonth);
    }

    /// <summary>True when this period has months and they all lie within <paramref name="other"/>.</summary>
    public bool IsWithin(Period other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind != PeriodKind.Unstated && other.Kind != PeriodKind.Unstated
            && (StartYear * 12) + StartMonth >= (other.StartYear * 12) + other.StartMonth
            && (EndYear * 12) + EndMonth <= (other.EndYear * 12) + other.EndMonth;
    }

    /// <summary>Parses a key (case-insensitive); see <see cref="PeriodKind"/> for the forms.</summary>
    /// <exception cref="FormatException">The text is not a period key.</exception>
    public static Period Parse(string key) => TryParse(key, out var period)
        ? period
        : throw new FormatException($"'{key}' is not a period. {PeriodKeys.Forms}");

    /// <summary>Tries to parse a key (case-insensitive); see <see cref="PeriodKind"/> for the forms.</summary>
    public static bool TryParse(string? key, out Period period) => PeriodKeys.TryParse(key, out period);

    /// <inheritdoc />
    public override string ToString() => Key;

    internal int SortStart => (StartYear * 12) + StartMonth;

    internal int SortEnd => (EndYear * 12) + EndMonth;

    internal static Period Create(PeriodKind kind, int startYear, int startMonth, int endYear, int endMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endYear, 2999);
        ArgumentOutOfRangeException.ThrowIfLessThan(startMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startMonth, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(endMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endMonth, 12);
        return new Period { Kind = kind, StartYear = startYear, StartMonth = startMonth, EndYear = endYear, EndMonth = endMonth };
    }

    private static Period TwelveMonths(PeriodKind kind, int endYear, int endMonth)
    {
        var (startYear, startMonth) = AddMonths(endYear, endMonth, -11);
        return Create(kind, startYear, startMonth, endYear, endMonth);
    }

    private static (int Year, int Month) AddMonths(int year, int month, int months)
    {
        var index = (year * 12) + (month - 1) + months;
        return (index / 12, (index % 12) + 1);
    }
}
