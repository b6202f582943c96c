using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups in a chain, through /api/messages of the running bot: a judgement of the last answer ("is 14th good or bad"),
/// "and the change?" after a figure, "which districts are higher" after a rate, work planned after a programme. Each takes
/// the conversation's topic and the last answer's kind; with nothing asked before there is nothing to follow.
/// </summary>
public sealed class ChainedFollowUpsTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public ChainedFollowUpsTests()
    {
        _host = new BotHost(_folder.File("chains.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("is 14th good or bad")]
    [InlineData("is that good?")]
    [InlineData("so is that bad")]
    [InlineData("should we be worried about that?")]
    public async Task AJudgementAfterARanking_ShowsTheRankingAgainWithTheGroupAverage(string judgement)
    {
        var conversation = "judge-" + judgement.Length;
        await _host.SayAsync("violence with injury rank vs MSG", conversationId: conversation);

        var text = AnswerText.Of(await _host.SayAsync(judgement, conversationId: conversation));

        Assert.Contains("7.96", text, StringComparison.Ordinal);
        Assert.Contains("violence with injury", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and locally? weapon crimes in the city")]
    [InlineData("and locally?")]
    [InlineData("what about here in Cambridge?")]
    public async Task Locally_AfterTheNationalPicture_GivesTheCitysOwnFigures(string followUp)
    {
        var conversation = "locally-" + followUp.Length;
        await _host.SayAsync("knife crime nationally", conversationId: conversation);
        var reply = Assert.Single(await _host.SayAsync(followUp, conversationId: conversation));

        Assert.StartsWith("Weapon involved, 2017: 259 crimes, up 47", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJudgementWithNothingAskedBefore_ShowsNoFigure()
    {
        var replies = await _host.SayAsync("is that good or bad?", conversationId: "judge-alone");

        Assert.DoesNotMatch(@"\d", replies[0].Text ?? string.Empty);
    }

    [Theory]
    [InlineData("and the change?")]
    [InlineData("and the changes?")]
    public async Task AndTheChange_AfterAFigure_IsThatTopicsChange_NotTheRisersList(string followUp)
    {
        var conversation = "change-" + followUp.Length;
        await _host.SayAsync("road safety collisions", conversationId: conversation);

        var text = AnswerText.Of(await _host.SayAsync(followUp, conversationId: conversation));

        Assert.Contains("8%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which districts are higher")]
    [InlineData("which districts have a higher rate?")]
    [InlineData("what about the other districts")]
    public async Task WhichDistricts_AfterARate_QuotesTheAssessmentsComparisonOfDistricts(string followUp)
    {
        var conversation = "districts-" + followUp.Length;
        await _host.SayAsync("how do we compare to the county on VAWG rate", conversationId: conversation);

        var text = AnswerText.Of(await _host.SayAsync(followUp, conversationId: conversation));

        Assert.Contains("peterborough", text, StringComparison.Ordinal);
        Assert.Contains("fenland", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what improvements are they planning for 2018?")]
    [InlineData("what are their plans for 2018")]
    [InlineData("what improvements are planned?")]
    public async Task WorkPlanned_AfterAProgramme_QuotesTheActionsIdentifiedForIt(string followUp)
    {
        var conversation = "planned-" + followUp.Length;
        await _host.SayAsync("<at>SafetyBot</at> who leads on county lines?", conversationId: conversation);

        var text = AnswerText.Of(await _host.SayAsync(followUp, conversationId: conversation));

        Assert.Contains("data sharing", text, StringComparison.Ordinal);
        Assert.Contains("public perception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyIsItRising_AfterAFigure_QuotesTheReasonsWithinThatTopic()
    {
        await _host.SayAsync("VWI numbers this year", conversationId: "why-rising");

        var text = AnswerText.Of(await _host.SayAsync("why is it rising", conversationId: "why-rising"));

        Assert.Contains("recording improvements", text, StringComparison.Ordinal);
    }
}
