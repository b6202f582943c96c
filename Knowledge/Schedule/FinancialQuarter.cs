namespace SafetyBot.Knowledge.Schedule;

/// <summary>
/// A quarter of the UK financial year, which runs from April to March: 2017/18 Q1 is April to
/// June 2017 and 2017/18 Q4 is January to March 2018. Keys and labels are those of
/// <see cref="Period.FinancialQuarter(int, int)"/>.
/// </summary>
public sealed record FinancialQuarter
{
    /// <summary>Creates quarter <paramref name="quarter"/> of the financial year starting in April <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year the financial year starts in (2017 for 2017/18).</param>
    /// <param name="quarter">1 to 4.</param>
    public FinancialQuarter(int startYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, 2998);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        StartYear = startYear;
        Quarter = quarter;
    }

    /// <summary>The calendar year the financial year starts in (2017 for 2017/18).</summary>
    public int StartYear { get; }

    /// <summary>The quarter of the financial year, 1 to 4.</summary>
    public int Quarter { get; }

    /// <summary>The stable key, e.g. <c>FY2017/18-Q1</c>.</summary>
    public string Key => Period.Key;

    /// <summary>A readable label, e.g. "2017/18 Q1 (April to June 2017)".</summary>
    public string Label => Period.Label;

    /// <summary>The first day of the quarter.</summary>
    public DateOnly Start => new DateOnly(StartYear, 4, 1).AddMonths((Quarter - 1) * 3);

    /// <summary>The last day of the quarter (inclusive).</summary>
    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    /// <summary>The quarter before this one.</summary>
    public FinancialQuarter Previous => Quarter == 1 ? new(StartYear - 1, 4) : new(StartYear, Quarter - 1);

    /// <summary>The quarter after this one.</summary>
    public FinancialQuarter Next => Quarter == 4 ? new(StartYear + 1, 1) : new(StartYear, Quarter + 1);

    /// <summary>The same quarter as a Knowledge <see cref="Knowledge.Period"/>.</summary>
    public Period Period => Period.FinancialQuarter(StartYear, Quarter);

    /// <summary>The quarter that contains <paramref name="date"/>.</summary>
    public static FinancialQuarter Containing(DateOnly date)
    {
        var startYear = date.Month >= 4 ? date.Year : date.Year - 1;
        var monthsSinceApril = (date.Month + 8) % 12;
        return new FinancialQuarter(startYear, (monthsSinceApril / 3) + 1);
    }

    /// <summary>Reads a key such as <c>FY2017/18-Q1</c> (case-insensitive).</summary>
    public static bool TryParse(string? key, out FinancialQuarter? quarter)
    {
        quarter = null;
        if (!Period.TryParse(key, out var period) || period.Kind != PeriodKind.FinancialQuarter)
        {
            return false;
        }

        quarter = new FinancialQuarter(period.FinancialYearStart!.Value, period.Quarter!.Value);
        return true;
    }

    /// <summary>The moment the quarter starts: midnight at the start of <see cref="Start"/> in <paramref name="zone"/>.</summary>
    public DateTimeOffset StartsAt(TimeZoneInfo zone) => MidnightIn(Start, zone);

    /// <summary>The moment the quarter ends (exclusive): midnight at the start of the next quarter in <paramref name="zone"/>.</summary>
    public DateTimeOffset EndsAt(TimeZoneInfo zone) => MidnightIn(Next.Start, zone);

    /// <inheritdoc />
    public override string ToString() => Key;

    private static DateTimeOffset MidnightIn(DateOnly date, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
