using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Tests.Knowledge.Schedule;

public sealed class FinancialQuarterTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void FirstQuarterOf2017_18_IsAprilToJune2017()
    {
        var quarter = new FinancialQuarter(2017, 1);

        Assert.Equal("FY2017/18-Q1", quarter.Key);
        Assert.Equal("2017/18 Q1 (April to June 2017)", quarter.Label);
        Assert.Equal((new DateOnly(2017, 4, 1), new DateOnly(2017, 6, 30)), (quarter.Start, quarter.End));
    }

    [Fact]
    public void FourthQuarter_IsJanuaryToMarchOfTheNextCalendarYear()
    {
        var quarter = new FinancialQuarter(2017, 4);

        Assert.Equal("FY2017/18-Q4", quarter.Key);
        Assert.Equal("2017/18 Q4 (January to March 2018)", quarter.Label);
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2018, 3, 31)), (quarter.Start, quarter.End));
    }

    [Theory]
    [InlineData("2017-04-01", 2017, 1)]
    [InlineData("2017-06-30", 2017, 1)]
    [InlineData("2017-07-01", 2017, 2)]
    [InlineData("2017-12-31", 2017, 3)]
    [InlineData("2018-01-01", 2017, 4)]
    [InlineData("2018-03-31", 2017, 4)]
    [InlineData("2018-04-01", 2018, 1)]
    public void Containing_FindsTheFinancialQuarter(string date, int startYear, int quarter) =>
        Assert.Equal(new FinancialQuarter(startYear, quarter), FinancialQuarter.Containing(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void PreviousAndNext_CrossFinancialYears()
    {
        Assert.Equal(new FinancialQuarter(2016, 4), new FinancialQuarter(2017, 1).Previous);
        Assert.Equal(new FinancialQuarter(2018, 1), new FinancialQuarter(2017, 4).Next);
        Assert.Equal(new FinancialQuarter(2017, 2), new FinancialQuarter(2017, 3).Previous);
    }

    [Fact]
    public void TryParse_ReadsQuarterKeysOnly()
    {
        Assert.True(FinancialQuarter.TryParse("fy2017/18-q2", out var quarter));
        Assert.Equal(new FinancialQuarter(2017, 2), quarter);
        Assert.False(FinancialQuarter.TryParse("FY2017/18", out _));
        Assert.False(FinancialQuarter.TryParse("nonsense", out _));
    }

    [Fact]
    public void Bounds_AreMidnightLondonTime_InSummerAndWinter()
    {
        var summer = new FinancialQuarter(2018, 1);
        Assert.Equal(new DateTimeOffset(2018, 3, 31, 23, 0, 0, TimeSpan.Zero), summer.StartsAt(London));
        Assert.Equal(new DateTimeOffset(2018, 6, 30, 23, 0, 0, TimeSpan.Zero), summer.EndsAt(London));

        var winter = new FinancialQuarter(2017, 4);
        Assert.Equal(new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero), winter.StartsAt(London));
        Assert.Equal(new DateTimeOffset(2018, 3, 31, 23, 0, 0, TimeSpan.Zero), winter.EndsAt(London));
    }
}
