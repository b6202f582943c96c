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
    [InlineData("burglary before 2015", 2014)]
    [InlineData("shoplifting prior to 2015", 2014)]
    [InlineData("burglary until 2015", 2015)]
    [InlineData("burglary till 2015", 2015)]
    [InlineData("burglary until the end of 2015", 2015)]
    [InlineData("burglary by the end of 2015", 2015)]
    public void BeforeOrUntil_EndsTheRange_AndStartsNothing(string text, int lastYear)
    {
        var period = PeriodExtractor.Extract(text);

        Assert.Equal(((int?)null, (int?)lastYear, (int?)null), (period.FromYear, period.ToYear, period.Year));
    }

    [Theory]
    [InlineData("burglary after 2012", 2013)]
    [InlineData("burglary since the start of 2012", 2012)]
    public void AfterOrSinceTheStart_StartsTheRange_AndEndsNothing(string text, int firstYear)
    {
        var period = PeriodExtractor.Extract(text);

        Assert.Equal(((int?)firstYear, (int?)null, (int?)null), (period.FromYear, period.ToYear, period.Year));
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
    [InlineData("violence without injury in Q4", 4)]
    [InlineData("fourth quarter", 4)]
    [InlineData("the 4th quarter", 4)]
    [InlineData("quarter four", 4)]
    [InlineData("quarter 4", 4)]
    [InlineData("q3", 3)]
    [InlineData("third quarter", 3)]
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
