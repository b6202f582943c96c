using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Issue 13, through /api/messages of the running bot: short follow-ups after a figure (its change, its direction, its rank, a
/// survey's estimate brought home), a quarter weighed against last year, a series asked "by year", the county's road figures,
/// and honest gaps (a national year the assessment does not reach, a survey's figure for the city alone, repeat victims).
/// </summary>
public sealed class FigureFollowUpsAndGapsTests : IDisposable
{
    private readonly BotChat _bot = new("figure-follow-ups.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("crimes with a weapon marker in the city last year", "% change?", "22%")]
    [InlineData("crimes with a weapon marker in the city last year", "percent change", "22%")]
    [InlineData("DA incidents 2017?", "did they go up?", "62")]
    [InlineData("dwelling burglary in 2017", "has it gone down?", "43%")]
    public async Task AShortFollowUp_AskingItsChangeOrDirection_GivesTheLastTopicsChange_NotTheRisersList(string first, string followUp, string figure)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(first, conversation);
        var said = Said(Assert.Single(await _bot.AskAsync(followUp, conversation)));

        Assert.True(HasNumber(said, figure), said);
        Assert.DoesNotContain("biggest risers", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HowDoesThatRank_AfterAFigure_GivesTheSimilarAreasRank()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence with injury last year", conversation);
        var said = Said(Assert.Single(await _bot.AskAsync("how does that rank", conversation)));

        Assert.Contains("14 of 15", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhatWouldThatMeanForCambridge_AfterTheSurveysDomesticAbuseRates_GivesTheAssessmentsOwnEstimate()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("csew DA prevalence for women?", conversation);
        await _bot.AskAsync("men?", conversation);
        var said = Said(Assert.Single(await _bot.AskAsync("what would that mean for cambridge", conversation)));

        Assert.True(HasNumber(said, "3,000") || HasNumber(said, "3000"), said);
    }

    [Theory]
    [InlineData("violence with injury q1 this year vs last", "223", "232")]
    [InlineData("violence without injury Q1 vs last year", "532", "436")]
    public async Task AQuarterWeighedAgainstLastYear_GivesBothQuarters_NotTheSimilarAreasRank(string question, string figure, string yearBefore)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.True(HasNumber(said, figure) && HasNumber(said, yearBefore), said);
        Assert.DoesNotContain("similar areas", said.Split('\n')[0], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("DA incidents by year", "1,598", "1,873")]
    [InlineData("domestic abuse incidents per year", "1,598", "1,873")]
    [InlineData("DV offences year-by-year", "462", "1,113")]
    public async Task ASeriesAskedByYear_GivesEveryYear(string question, string first, string last)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.True(HasNumber(said, first) && HasNumber(said, last), said);
    }

    [Theory]
    [InlineData("What percentage of Cambridgeshire unclassified roads need maintenance?")]
    [InlineData("roads in need of maintenance cambs")]
    public async Task TheCountysRoadsInNeedOfMaintenance_GiveTheShareAndRankTheAssessmentQuotes(string question)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.True(HasNumber(said, "33%"), said);
        Assert.True(HasNumber(said, "8"), said);
    }

    [Theory]
    [InlineData("how many knife crimes nationally in 2018", "2018", "21%")]
    [InlineData("national burglary figures for 2019", "2019", "6%")]
    public async Task ANationalYearAfterTheAssessmentsFigures_IsSaidToBeMissing_NeverAnsweredWithAnotherYear(string question, string year, string otherPeriodsFigure)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.Contains($"no national figure for {year}", said, StringComparison.OrdinalIgnoreCase);
        Assert.False(HasNumber(said.Split('\n')[0], otherPeriodsFigure), said);
    }

    [Theory]
    [InlineData("CSEW ASB % for cambridge specifically")]
    [InlineData("what is the crime survey rate of burglary in the city")]
    [InlineData("what % of young people in the city use drugs per the HRBS")]
    public async Task ASurveysFigureForTheCityAlone_IsSaidToBeMissing(string question)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.Contains("no figure", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheSurveysEstimateTheAssessmentBringsHome_IsStillGiven()
    {
        var said = Said(Assert.Single(await _bot.AskAsync("how many residents in cambridge might be DA victims according to the CSEW")));

        Assert.True(HasNumber(said, "3,000") || HasNumber(said, "3000"), said);
    }

    [Theory]
    [InlineData("what % of DA victims are repeat victims")]
    [InlineData("how many repeat victims of domestic abuse are there")]
    [InlineData("re-offending rate for burglary")]
    public async Task RepeatVictimsOrReoffending_AreSaidToBeMissing(string question)
    {
        var said = Said(Assert.Single(await _bot.AskAsync(question)));

        Assert.Contains("no figure", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("did you mean", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what % of police recorded violence nationally is VWI")]
    [InlineData("VWI as a percentage of all violence in England and Wales")]
    [InlineData("what share of violence nationally is violence without injury")]
    public async Task ANationalShareOfOneTopicInAnother_GivesThePartsPrintedShare(string question)
    {
        // "VWI" alone could be either kind of violence: each one's national figures follow the question which, the share among them.
        var said = string.Join("\n", (await _bot.AskAsync(question)).Select(Said));

        Assert.True(HasNumber(said, "41%"), said);
    }

    private static string Said(Activity reply) =>
        (reply.Text ?? string.Empty) + "\n" + (reply.Attachments is { Count: > 0 } ? Replies.AllText(reply) : string.Empty);

    /// <summary>True when <paramref name="figure"/> is in <paramref name="text"/> as a whole number ("62" is not in "1,620" or "6.2").</summary>
    private static bool HasNumber(string text, string figure) =>
        Regex.IsMatch(text, @"(?<![\d,.])" + Regex.Escape(figure) + @"(?![\d]|[,.]\d)");
}
