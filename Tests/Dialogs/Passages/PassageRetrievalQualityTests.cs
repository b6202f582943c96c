using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// How the passage search finds and quotes the assessment's words, through /api/messages of the running bot: synonyms of the
/// question's words (choosing, selecting and adopting priorities; plans and improvements identified), filler words dropped, the
/// period a source covers quoted as a when-answer, a second reason quoted beside the first, and a share ("accounted for 41%")
/// never taken for a cause.
/// </summary>
public sealed class PassageRetrievalQualityTests : IDisposable
{
    private readonly BotChat _bot = new("retrieval-quality.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What general advice does the report give about choosing priorities?")]
    [InlineData("what does the assessment advise when choosing priorities")]
    [InlineData("how should the partnership pick its priorities")]
    [InlineData("what should we consider when selecting priorities")]
    public async Task AdviceOnChoosingPriorities_QuotesBusinessAsUsual(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("business as usual", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which period do the MSG rankings cover")]
    [InlineData("what time period does the vehicle crime ranking cover")]
    public async Task ThePeriodASourceCovers_QuotesTheSentenceThatGivesIt(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("november 2017", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatPeriodTheCsewDataGoesUpTo_QuotesSeptember2017()
    {
        var replies = await _bot.AskAsync("what period does the CSEW data go up to");

        Assert.Contains("September 2017", replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why is violence without injury rising so much?")]
    [InlineData("what explains the rise in violence without injury")]
    public async Task WhyViolenceWithoutInjuryRose_QuotesTheRecordingReason_NotTheShareItAccountsFor(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("recording improvements", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhySexualOffencesRose_QuotesBothReasons_WithTheSentenceTheSecondPointsBackTo()
    {
        var text = await _bot.TextAsync("why did sexual offences go up");

        Assert.Contains("willingness", text, StringComparison.Ordinal);
        Assert.Contains("non-recent", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is the CSEW better for serious crimes like homicide")]
    [InlineData("CSEW high volume crime trend summary")]
    [InlineData("what does the CSEW say nationally")]
    [InlineData("<at>SafetyBot</at> what did the crime survey find overall?")]
    public async Task ASurveyAskedAboutOnItsOwn_IsAnsweredFromTheAssessmentsWords_NotTheNationalPictureTopicByTopic(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = AnswerText.Of(replies);

        Assert.StartsWith("The assessment says", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("topic by topic", text, StringComparison.Ordinal);
        Assert.Contains("csew", text, StringComparison.Ordinal);
    }
}
