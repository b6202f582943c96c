using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Issue 13, through /api/messages of the running bot: the period asked is the period answered (a financial year of an
/// annual series, a quarter named by its months and year, the same quarter a year earlier, the base year of a printed
/// change), and follow-ups that name only another area, the city, the nation or another row of a table.
/// </summary>
public sealed class PeriodAndFollowUpFiguresTests : IDisposable
{
    private readonly BotChat _bot = new("period-follow-ups.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("How many IDVA referrals were there in 2016/17?", "216", "199")]
    [InlineData("IDVA referrals in 2014/15?", "199", "216")]
    [InlineData("referrals to IDVA for FY 2014-15", "199", "216")]
    [InlineData("what was the IDVA engagement rate in 2016/17", "73%", "80%")]
    [InlineData("idva engagement 2014/15?", "80%", "73%")]
    public async Task AFinancialYear_AskedOfAnAnnualSeries_GivesThatYearsFigureAlone(string question, string figure, string otherYear)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.DoesNotContain("no quarterly figures", said, StringComparison.OrdinalIgnoreCase);
        Assert.True(HasNumber(said, figure), said);
        Assert.False(HasNumber(said, otherYear), said);
    }

    [Fact]
    public async Task AFinancialYear_TheAssessmentDoesNotGive_IsSaidToBeMissing_WithoutAnotherYearsFigure()
    {
        var said = Said(Assert.Single(await _bot.AskAsync("what was the IDVA referral number for 2017/18")));

        Assert.Contains("no figure for 2017/18", said, StringComparison.OrdinalIgnoreCase);
        Assert.False(HasNumber(said, "216"), said);
        Assert.False(HasNumber(said, "199"), said);
    }

    [Fact]
    public async Task AFinancialYear_AfterAnAnnualFigure_CarriesToTheNextTopicAndBack()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("IDVA referrals 2016/17?", conversation);
        var engagement = Said(Assert.Single(await _bot.AskAsync("and engagement rate?", conversation)));
        var earlier = Said(Assert.Single(await _bot.AskAsync("what was it in 2014/15?", conversation)));

        Assert.True(HasNumber(engagement, "73%") && !HasNumber(engagement, "80%"), engagement);
        Assert.True(HasNumber(earlier, "80%") && !HasNumber(earlier, "73%"), earlier);
    }

    [Theory]
    [InlineData("Violence without injury April to June 2017?", "532", "436")]
    [InlineData("violence w/ injury oct-dec 2017", "205", "216")]
    [InlineData("VWOI jul-sep 2017", "560", "461")]
    [InlineData("how much violence with injury was there from July to September 2016", "188", "194")]
    public async Task AQuarterNamedByItsMonthsAndYear_GivesThatQuarterAlone(string question, string figure, string yearBefore)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.True(HasNumber(said, figure), said);
        Assert.False(HasNumber(said, yearBefore), said);
    }

    [Theory]
    [InlineData("violence without injury oct to dec 2017, and same time last yr", "521", "481")]
    [InlineData("How many violence with injury crimes in Jul-Sep 2017 compared with Jul-Sep 2016?", "194", "188")]
    [InlineData("violence without injury Apr-Jun 2017 vs the year before", "532", "436")]
    public async Task AQuarterNamedByItsMonthsAndYear_WeighedAgainstTheYearBefore_GivesBoth(string question, string figure, string yearBefore)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.True(HasNumber(said, figure), said);
        Assert.True(HasNumber(said, yearBefore), said);
    }

    [Theory]
    [InlineData("violence w/o injury q1 2017/18", "Violence without injury")]
    [InlineData("violence w/injury q3 2017/18", "Violence with injury")]
    public async Task WithAndWithoutShorthand_NamesTheTopic(string question, string topic)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.StartsWith(topic + ",", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and same quarter last year?")]
    [InlineData("what about the same period last year?")]
    [InlineData("same quarter the year before?")]
    public async Task TheSameQuarterLastYear_AfterAQuarter_GivesThatQuarterAYearEarlier(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("Violence without injury Q1 2017/18?", conversation);
        var said = Said(Assert.Single(await _bot.AskAsync(followUp, conversation)));

        Assert.Contains("2016/17 Q1", said, StringComparison.Ordinal);
        Assert.True(HasNumber(said, "436"), said);
        Assert.False(HasNumber(said, "532"), said);
    }

    [Theory]
    [InlineData("What is the year to date (April to December) figure for violence without injury, and what was it in 2016/17?")]
    [InlineData("violence without injury year to date, and for 2016/17?")]
    [InlineData("VWOI YTD and how about 2016/17")]
    public async Task APartOfTheYear_ThenTheSameOfAFinancialYear_GivesBothYears(string question)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.True(HasNumber(said, "1,613"), said);
        Assert.True(HasNumber(said, "1,378"), said);
    }

    [Fact]
    public async Task TheBaseYearOfAPrintedChange_SaysTheChangeAsPrinted_NotTheLatestCountInItsPlace()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("VAP 2017 total?", conversation);
        var said = Said(Assert.Single(await _bot.AskAsync("what about 2016?", conversation)));

        Assert.Contains("the assessment has no figure for 2016", said, StringComparison.OrdinalIgnoreCase);
        Assert.True(HasNumber(said, "367") && HasNumber(said, "15%"), said);
        Assert.False(HasNumber(said, "2,894"), said);
    }

    [Theory]
    [InlineData("How many sexual offences were there in 2016?", "24", "307")]
    [InlineData("dwelling burglaries in 2016", "193", "647")]
    [InlineData("How many modern slavery crimes were recorded in 2016?", "N/A", "3 crimes")]
    public async Task TheBaseYearOfAPrintedChange_AskedOnItsOwn_SaysWhatIsPrinted(string question, string printed, string latest)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.Contains("the assessment has no figure for 2016", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(printed, said, StringComparison.OrdinalIgnoreCase);
        Assert.False(HasNumber(said, latest), said);
    }

    [Theory]
    [InlineData("VAWG rate for Cambridge City?", "and county average?", "14.4", "15.6")]
    [InlineData("vehicle crime rate", "what about Cambridgeshire?", "6.68", "8.26")]
    public async Task AnotherArea_AfterATopic_GivesWhatTheAssessmentQuotesForThatArea(string question, string followUp, string quoted, string city)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(question, conversation);
        var said = Said(Assert.Single(await _bot.AskAsync(followUp, conversation)));

        Assert.True(HasNumber(said, quoted), said);
        Assert.False(HasNumber(said, city), said);
    }

    [Theory]
    [InlineData("ok what about Cambridge then?")]
    [InlineData("and for the city?")]
    [InlineData("what about Cambridge City?")]
    public async Task TheCity_AfterAnotherArea_AsksTheSameTopicOfTheCity(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("How many hate crimes in Oxford in 2017?", conversation);
        var said = Said(Assert.Single(await _bot.AskAsync(followUp, conversation)));

        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
        Assert.True(HasNumber(said, "254"), said);
    }

    [Theory]
    [InlineData("what % rise is that nationally?")]
    [InlineData("how big a rise is that nationally?")]
    public async Task TheNationalChange_AskedOfTheLastTopic_GivesTheNationalFigure(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("Weapon marker crimes in 2017?", conversation);
        await _bot.AskAsync("and nationally for knife crime?", conversation);
        var reply = Assert.Single(await _bot.AskAsync(followUp, conversation));

        Assert.StartsWith("Weapon involved nationally", reply.Text, StringComparison.Ordinal);
        Assert.True(HasNumber(Said(reply), "21%"), Said(reply));
    }

    [Fact]
    public async Task TheNationalCard_KeepsNotesOnTheCitysOwnFiguresOut()
    {
        var said = Said(Assert.Single(await _bot.AskAsync("national VAP increase to sept 2017?")));

        Assert.True(HasNumber(said, "20%"), said);
        Assert.False(HasNumber(said, "15%"), said);
    }

    [Theory]
    [InlineData("and all keywords?")]
    [InlineData("what about all five keywords?")]
    public async Task AnotherRowOfATable_AfterARow_GivesThatRowNotWhatItsWordsMean(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("What was the Q3 begging and homeless count in the city centre?", conversation);
        var said = Said(Assert.Single(await _bot.AskAsync(followUp, conversation)));

        Assert.True(HasNumber(said, "153") && HasNumber(said, "46%"), said);
    }

    /// <summary>The reply's text and, when it has a card, every text on it.</summary>
    private static string Said(Activity reply) =>
        (reply.Text ?? string.Empty) + "\n" + (reply.Attachments is { Count: > 0 } ? Replies.AllText(reply) : string.Empty);

    /// <summary>True when <paramref name="figure"/> is in <paramref name="text"/> as a whole number ("216" is not in "1,216" or "2.16").</summary>
    private static bool HasNumber(string text, string figure) =>
        Regex.IsMatch(text, @"(?<![\d,.])" + Regex.Escape(figure) + @"(?![\d]|[,.]\d)");
}
