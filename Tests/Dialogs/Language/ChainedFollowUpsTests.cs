using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups in a chain, through /api/messages of the running bot: a judgement of the last answer ("is 14th good or bad"),
/// "and the change?" after a figure, "which districts are higher" after a rate, work planned after a programme. Each takes
/// the conversation's topic and the last answer's kind; with nothing asked before there is nothing to follow.
/// </summary>
public sealed class ChainedFollowUpsTests : IDisposable
{
    private readonly BotChat _bot = new("chains.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("is 14th good or bad")]
    [InlineData("is that good?")]
    [InlineData("so is that bad")]
    [InlineData("should we be worried about that?")]
    public async Task AJudgementAfterARanking_ShowsTheRankingAgainWithTheGroupAverage(string judgement)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence with injury rank vs MSG", conversation);

        var text = await _bot.TextAsync(judgement, conversation);

        Assert.Contains("7.96", text, StringComparison.Ordinal);
        Assert.Contains("violence with injury", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and locally? weapon crimes in the city")]
    [InlineData("and locally?")]
    [InlineData("what about here in Cambridge?")]
    public async Task Locally_AfterTheNationalPicture_GivesTheCitysOwnFigures(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("knife crime nationally", conversation);
        var reply = Assert.Single(await _bot.AskAsync(followUp, conversation));

        Assert.StartsWith("Weapon involved, 2017: 259 crimes, up 47", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJudgementWithNothingAskedBefore_ShowsNoFigure()
    {
        var replies = await _bot.AskAsync("is that good or bad?");

        Assert.DoesNotMatch(@"\d", replies[0].Text ?? string.Empty);
    }

    [Theory]
    [InlineData("and the change?")]
    [InlineData("and the changes?")]
    public async Task AndTheChange_AfterAFigure_IsThatTopicsChange_NotTheRisersList(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("road safety collisions", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("8%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which districts are higher")]
    [InlineData("which districts have a higher rate?")]
    [InlineData("what about the other districts")]
    public async Task WhichDistricts_AfterARate_QuotesTheAssessmentsComparisonOfDistricts(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how do we compare to the county on VAWG rate", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("peterborough", text, StringComparison.Ordinal);
        Assert.Contains("fenland", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what improvements are they planning for 2018?")]
    [InlineData("what are their plans for 2018")]
    [InlineData("what improvements are planned?")]
    public async Task WorkPlanned_AfterAProgramme_QuotesTheActionsIdentifiedForIt(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("<at>SafetyBot</at> who leads on county lines?", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("data sharing", text, StringComparison.Ordinal);
        Assert.Contains("public perception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyIsItRising_AfterAFigure_QuotesTheReasonsWithinThatTopic()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("VWI numbers this year", conversation);

        var text = await _bot.TextAsync("why is it rising", conversation);

        Assert.Contains("recording improvements", text, StringComparison.Ordinal);
    }
}
