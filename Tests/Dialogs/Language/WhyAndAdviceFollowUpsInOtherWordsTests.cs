using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups in a member's words, through /api/messages of the running bot: a why-question in words that are also part of a
/// topic's name ("causing") or that name the change just answered ("the decrease") stays with the conversation's topic; the
/// action or advice asked after a topic is that topic's own; "moved" asks how a rate changed, never about mopeds; and the
/// assessment's words for who supplies data and when thefts bottomed out answer members' everyday words for them. The last
/// topic's change judged ("is that good news?") is read in that topic's own words, or said to be unjudged, never another's.
/// </summary>
public sealed class WhyAndAdviceFollowUpsInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("why-and-advice-follow-ups.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what is causing this increase?")]
    [InlineData("what's been causing it to go up?")]
    [InlineData("so what caused that?")]
    public async Task WhatIsCausingIt_AfterSexualOffences_IsTheirReason_NotViolenceWithInjury(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many sexual offences were recorded in 2017", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("willingness", said, StringComparison.Ordinal);
        Assert.DoesNotContain("assault with injury", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the reason for the fall?")]
    [InlineData("what lies behind the decrease?")]
    [InlineData("so what explains this drop?")]
    public async Task TheReasonForTheChangeJustAnswered_InManyWords_IsOfTheConversationsTopic(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many domestic abuse incidents were there in 2017?", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("no explanation", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what action does it suggest?")]
    [InlineData("which action is recommended?")]
    [InlineData("recommended actions?")]
    public async Task TheActionRecommended_AfterATopic_IsThatTopicsOpportunity_NotAnotherTopicsActionPlan(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many hate crimes were recorded in 2017", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("dip sample", said, StringComparison.Ordinal);
        Assert.DoesNotContain("road safety partnership", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheActionSuggested_IsNeverTheGlossarysActionTeam()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence without injury in 2017", conversation);

        var said = await _bot.TextAsync("and what action is suggested?", conversation);

        Assert.Contains("market ward", said, StringComparison.Ordinal);
        Assert.False(said.StartsWith("daat", StringComparison.Ordinal), said);
    }

    [Theory]
    [InlineData("ok, so who leads it then?")]
    [InlineData("right, so who is leading on it?")]
    public async Task AShortQuestionWithFillerWords_StillPointsBackToTheTopic(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("tell me about county lines", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("constabulary", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how has its rate moved over the years?")]
    [InlineData("and has the rate moved much since 2013?")]
    public async Task MovedAsksHowTheRateChanged_NeverAboutMopeds(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("drug offences in 2017?", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("5.89", said, StringComparison.Ordinal);
        Assert.DoesNotContain("moped", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and which organisation sends the treatment data?")]
    [InlineData("who sends them the treatment data?")]
    public async Task WhoSendsTheTreatmentData_IsTheDrugAndAlcoholActionTeam(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("alcohol related incidents in 2017?", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("daat", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does the RAC say about when vehicle theft was at its low point?")]
    [InlineData("according to the RAC, when did car thefts bottom out?")]
    public async Task WhenThefts_ReachedTheirLowPoint_IsWhenTheyBottomedOut(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("2013", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is that a good thing or something to worry about?")]
    [InlineData("so should we welcome it?")]
    public async Task TheLastTopicsChangeJudged_IsReadInTheAssessmentsWordsOnIt(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many crimes carried a domestic abuse flag in 2017?", conversation);

        var said = await _bot.TextAsync(question, conversation);

        Assert.Contains("positive", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastTopicsChangeJudged_WhereItsWordsSayNothingOfIt_IsSaidSo_NeverAnotherTopicsReading()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("ASB incidents in 2017?", conversation);

        var said = await _bot.TextAsync("is this a good sign?", conversation);

        Assert.Contains("doesn't say whether the change in anti-social behaviour", said, StringComparison.Ordinal);
        Assert.DoesNotContain("marker", said, StringComparison.Ordinal);
    }
}
