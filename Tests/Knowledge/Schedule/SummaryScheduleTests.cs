using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Tests.Knowledge.Schedule;

public sealed class SummaryScheduleTests
{
    private static readonly SummarySchedule Default = new(QuarterlySummaryOptions.DefaultSchedule, QuarterlySummaryOptions.DefaultTimeZone);

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    // 1 April 2017 was a Saturday: Monday 3 April, 09:00 BST.
    [InlineData("2017-03-31T12:00:00Z", "2017-04-03T08:00:00Z")]
    // 1 July 2018 was a Sunday: Monday 2 July, 09:00 BST.
    [InlineData("2018-06-30T12:00:00Z", "2018-07-02T08:00:00Z")]
    // 1 October 2018 was a Monday, still BST (clocks went back on 28 October).
    [InlineData("2018-09-30T12:00:00Z", "2018-10-01T08:00:00Z")]
    // 1 January 2018 was a Monday, GMT (a bank holiday: cron knows none).
    [InlineData("2017-12-31T12:00:00Z", "2018-01-01T09:00:00Z")]
    // 1 January 2017 was a Sunday: Monday 2 January, GMT.
    [InlineData("2016-12-31T12:00:00Z", "2017-01-02T09:00:00Z")]
    // Clocks went forward on 25 March 2018; 1 April 2018 was a Sunday: Monday 2 April, BST.
    [InlineData("2018-03-24T12:00:00Z", "2018-04-02T08:00:00Z")]
    public void Default_IsNineLondonTimeOnTheFirstWeekdayAfterTheQuarter(string now, string expected)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        var next = Default.NextOccurrenceAfter(time.GetUtcNow());

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }

    [Fact]
    public void Default_IsNotOnTheFirstWeekdayOfOtherMonths()
    {
        var next = Default.NextOccurrenceAfter(Utc(2018, 7, 2, 8, 1));

        Assert.Equal(Utc(2018, 10, 1, 8), next);
    }

    [Fact]
    public void LastOccurrenceAtOrBefore_IncludesNowAndFindsEarlierOnes()
    {
        var occurrence = Utc(2018, 7, 2, 8);

        Assert.Equal(occurrence, Default.LastOccurrenceAtOrBefore(occurrence));
        Assert.Equal(occurrence, Default.LastOccurrenceAtOrBefore(Utc(2018, 9, 30, 23)));
        Assert.Equal(Utc(2018, 4, 2, 8), Default.LastOccurrenceAtOrBefore(occurrence.AddTicks(-1)));
    }

    [Fact]
    public void LastOccurrenceAtOrBefore_FindsRareExpressions_AndNullWhenThereIsNone()
    {
        var leapDays = new SummarySchedule("0 9 29 2 *", "Europe/London");

        Assert.Equal(Utc(2016, 2, 29, 9), leapDays.LastOccurrenceAtOrBefore(Utc(2019, 12, 1, 0)));
        Assert.Null(new SummarySchedule("0 9 30 2 *", "Europe/London").LastOccurrenceAtOrBefore(Utc(2019, 12, 1, 0)));
    }

    [Theory]
    [InlineData("2017-04-03T08:00:00Z", "FY2016/17-Q4")]
    [InlineData("2018-07-02T08:00:00Z", "FY2018/19-Q1")]
    [InlineData("2018-10-01T08:00:00Z", "FY2018/19-Q2")]
    [InlineData("2018-01-01T09:00:00Z", "FY2017/18-Q3")]
    public void AnOccurrence_ReportsOnTheQuarterThatEndedBeforeIt(string occurrence, string quarterKey) =>
        Assert.Equal(quarterKey, Default.QuarterReportedAt(DateTimeOffset.Parse(occurrence, System.Globalization.CultureInfo.InvariantCulture)).Key);

    [Fact]
    public void CustomTimeZone_DecidesTheDateAndSoTheQuarter()
    {
        // 01:00 on 1 July in Auckland is still 30 June in UTC.
        var auckland = new SummarySchedule("0 1 1 1,4,7,10 *", "Pacific/Auckland");

        var next = auckland.NextOccurrenceAfter(Utc(2018, 6, 1, 0));

        Assert.Equal(Utc(2018, 6, 30, 13), next);
        Assert.Equal("FY2018/19-Q1", auckland.QuarterReportedAt(next!.Value).Key);
    }

    [Fact]
    public void SpringForward_ATimeInTheGapRunsOnceAtTheEndOfTheGap()
    {
        // 01:30 did not exist in London on 25 March 2018 (01:00 GMT became 02:00 BST).
        var nightly = new SummarySchedule("30 1 * * *", "Europe/London");

        Assert.Equal(Utc(2018, 3, 24, 1, 30), nightly.NextOccurrenceAfter(Utc(2018, 3, 24, 0)));
        Assert.Equal(Utc(2018, 3, 25, 1), nightly.NextOccurrenceAfter(Utc(2018, 3, 24, 2)));
        Assert.Equal(Utc(2018, 3, 26, 0, 30), nightly.NextOccurrenceAfter(Utc(2018, 3, 25, 1)));
    }

    [Fact]
    public void FallBack_ARepeatedTimeRunsOnce()
    {
        // 01:30 happened twice in London on 28 October 2018 (BST, then GMT).
        var nightly = new SummarySchedule("30 1 * * *", "Europe/London");

        var first = nightly.NextOccurrenceAfter(Utc(2018, 10, 27, 12));
        var second = nightly.NextOccurrenceAfter(first!.Value);

        Assert.Equal(Utc(2018, 10, 28, 0, 30), first);
        Assert.Equal(Utc(2018, 10, 29, 1, 30), second);
    }
}
