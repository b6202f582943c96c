using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A change asked in words of years ("the year on year change", "yoy") and a run of financial years ("since 2014/15",
/// "2014/15 vs 2016/17"), through /api/messages of the running bot: the printed change on the previous year, and the run of
/// whole financial years from the first named, never one year alone nor a year the assessment does not have.
/// </summary>
public sealed class YearOnYearAndRunsOfFinancialYearsTests : IDisposable
{
    private readonly BotChat _bot = new("year-on-year.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What's the year on year change for sexual offences?", "307", "24")]
    [InlineData("year-on-year increase in shoplifting", "1295", "323")]
    [InlineData("dwelling burglary yoy?", "647", "193")]
    [InlineData("what was the annual change in cybercrime", "90", "31")]
    public async Task TheChangeAskedInWordsOfYears_IsThePrintedChangeOnThePreviousYear(string question, string count, string change)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(count, said, StringComparison.Ordinal);
        Assert.Contains(change, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARiseYearOnYearSinceAYear_IsStillTheRunOfYears()
    {
        var said = await _bot.TextAsync("has VAP increased year on year since 2013?");

        Assert.Contains("8.98", said, StringComparison.Ordinal);
        Assert.Contains("21.04", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How have IDVA referrals changed since 2014/15?")]
    [InlineData("IDVA referrals from 2014/15")]
    [InlineData("idva referrals 2014/15 to 2016/17")]
    [InlineData("Change in IDVA referrals between 2014/15 and 2016/17?")]
    public async Task ReferralsSinceOrBetweenFinancialYears_AreTheRunFromTheFirst(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("199", said, StringComparison.Ordinal);
        Assert.Contains("216", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("has the IDVA engagement rate fallen since 2014/15?")]
    [InlineData("IDVA engagement 2014/15 vs 2016/17")]
    public async Task TheEngagementRateWeighedBetweenFinancialYears_ShowsBothYears_NeverAMissingYear(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("80%", said, StringComparison.Ordinal);
        Assert.Contains("73%", said, StringComparison.Ordinal);
        Assert.DoesNotContain("no figure for", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneFinancialYearAlone_IsStillThatYear()
    {
        var said = await _bot.TextAsync("IDVA referrals in 2014/15?");

        Assert.Contains("199", said, StringComparison.Ordinal);
    }
}
