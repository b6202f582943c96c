using SafetyBot.Knowledge;

namespace SafetyBot.Tests.Knowledge;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2017", PeriodKind.CalendarYear, 2017, 1, 2017, 12)]
    [InlineData("FY2017/18", PeriodKind.FinancialYear, 2017, 4, 2018, 3)]
    [InlineData("FY2017/18-Q1", PeriodKind.FinancialQuarter, 2017, 4, 2017, 6)]
    [InlineData("FY2017/18-Q4", PeriodKind.FinancialQuarter, 2018, 1, 2018, 3)]
    [InlineData("FY2017/18-YTD-Q3", PeriodKind.FinancialYearToDate, 2017, 4, 2017, 12)]
    [InlineData("12M-2017-11", PeriodKind.Rolling12Months, 2016, 12, 2017, 11)]
    [InlineData("YE-2017-09", PeriodKind.YearEnding, 2016, 10, 2017, 9)]
    [InlineData("2016-07..2017-06", PeriodKind.Custom, 2016, 7, 2017, 6)]
    public void Parse_KeyGivesMonthsAndRoundTrips(string key, PeriodKind kind, int startYear, int startMonth, int endYear, int endMonth)
    {
        var period = Period.Parse(key);
        Assert.Equal((kind, startYear, startMonth, endYear, endMonth), (period.Kind, period.StartYear, period.StartMonth, period.EndYear, period.EndMonth));
        Assert.Equal(key, period.Key);
        Assert.Equal(period, Period.Parse(key.ToLowerInvariant()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2017/18")]
    [InlineData("FY2017/19")]
    [InlineData("FY2017/18-Q5")]
    [InlineData("12M-2017-13")]
    [InlineData("2018-01..2017-12")]
    [InlineData("Q1 2017")]
    public void TryParse_RejectsBadKeys(string key)
    {
        Assert.False(Period.TryParse(key, out _));
    }

    [Fact]
    public void Labels_AreReadable()
    {
        Assert.Equal("2017/18 Q1 (April to June 2017)", Period.FinancialQuarter(2017, 1).Label);
        Assert.Equal("12 months to November 2017", Period.Rolling12Months(2017, 11).Label);
        Assert.Equal("year ending September 2017", Period.YearEnding(2017, 9).Label);
        Assert.Equal("period not stated", Period.Unstated.Label);
        Assert.Equal("April 2018", Period.Custom(2018, 4, 2018, 4).Label);
    }
}
