using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Prose asks in members' shorthand, through /api/messages of the running bot: a named analyst or contact asked for (the
/// assessment names the research group, no person), whether the last topic's rise is real (that topic's own words on recording
/// or a genuine rise, not the general caveats), and "the SA" for the strategic assessment (when it went to the partnership).
/// </summary>
public sealed class AuthorshipRealRiseAndSaTests : IDisposable
{
    private readonly BotChat _bot = new("author-real-sa.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("which organisation put this strategic assessment together?")]
    [InlineData("Which organisation reviewed the local and national trends for this assessment?")]
    [InlineData("which team pulled the report together")]
    public async Task TheMakerAsked_WithTheVerbsWordsApart_IsTheResearchGroup(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Cambridgeshire Research Group", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Which programme or topic do you mean", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the date and version number of this assessment?")]
    [InlineData("version number of the report?")]
    public async Task TheVersionNumber_IsTheTitlePage_NotAFigure(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("1.0", said, StringComparison.Ordinal);
        Assert.Contains("December 2017", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is there a named analyst on this doc")]
    [InlineData("Is there a named author or contact officer on this review?")]
    [InlineData("who was the analyst for this report")]
    public async Task ANamedAnalystOrContact_IsAnsweredWithTheResearchGroup(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Cambridgeshire Research Group", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task IsNightTimeEconomyViolenceIncludedInTheAnalysis_IsStillAboutWhatHasNotBeenExplored()
    {
        var said = await _bot.PlainSaidAsync("is night time economy violence included in the analysis");

        Assert.Contains("not been explored", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("CSE crimes in the city", "is that a real rise?", "recording practises")]
    [InlineData("CSE crimes in the city", "is it genuine?", "recording practises")]
    [InlineData("dwelling burglary", "is it a genuine increase?", "genuine rise")]
    public async Task WhetherTheLastTopicsRiseIsReal_IsAnsweredWithThatTopicsOwnWords(string first, string followUp, string quoted)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(first, conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains(quoted, said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("when did that SA go to the partnership")]
    [InlineData("when was the strategic assessment brought to the partnership?")]
    public async Task WhenTheAssessmentWentToThePartnership_IsAnsweredWithItsDate(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what's the task and finish group for", conversation);

        var said = await _bot.PlainSaidAsync(question, conversation);

        Assert.Contains("17th October 2017", said, StringComparison.OrdinalIgnoreCase);
    }
}
