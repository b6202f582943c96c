using SafetyBot.Dialogs.Language;

namespace SafetyBot.Tests.Dialogs.Language;

public sealed class PeriodExtractorTests
{
    [Theory]
    [InlineData("how many shoplifting offences in 2017", 2017)]
    [InlineData("burglary 2016", 2016)]
    public void SingleYear_IsTheYear(string text, int year)
    {
        Assert.Equal(year, PeriodExtractor.Extract(text).Year);
    }

    [Fact]
    public void Since_IsAnOpenRange()
    {
        var period = PeriodExtractor.Extract("domestic abuse markers since 2012");

        Assert.Equal((2012, (int?)null), (period.FromYear!.Value, period.ToYear));
    }

    [Theory]
    [InlineData("between 2012 and 2017")]
    [InlineData("from 2012 to 2017")]
    [InlineData("2012 to 2017")]
    [InlineData("2012-2017")]
    public void Range_HasBothEndsInclusive(string text)
    {
        var period = PeriodExtractor.Extract(text);

        Assert.Equal((2012, 2017), (period.FromYear!.Value, period.ToYear!.Value));
    }

    [Theory]
    [InlineData("violence without injury in Q2", 2)]
    [InlineData("second quarter", 2)]
    [InlineData("quarter 3", 3)]
    [InlineData("the 1st quarter", 1)]
    public void Quarter_IsTheFinancialQuarter(string text, int quarter)
    {
        Assert.Equal(quarter, PeriodExtractor.Extract(text).Quarter);
    }

    [Theory]
    [InlineData("year to date 2017/18")]
    [InlineData("ytd 2017-18")]
    [InlineData("2017/18 so far this year")]
    public void FinancialYearToDate_IsRecognised(string text)
    {
        var period = PeriodExtractor.Extract(text);

        Assert.True(period.YearToDate);
        Assert.Equal(2017, period.FinancialYearStart);
        Assert.Null(period.Year);
    }

    [Fact]
    public void NoPeriod_IsEmpty()
    {
        Assert.True(PeriodExtractor.Extract("how has dwelling burglary changed").IsEmpty);
    }
}
