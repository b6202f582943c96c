using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Recommendations and past work asked in other words (issue 13, set 13), asked of the running bot through /api/messages: the
/// recommendation asked with other forms of the verbs ("recommending", "suggested", "proposed") and a time to come ("going forward"),
/// which is the assessment's recommendation, never work planned nor the reasons for a topic's change; what was done for the last
/// priority or programme ("what activity was carried out under it?"), which is what was done for it, never its opportunities nor
/// "can't answer".
/// </summary>
public sealed class RecommendationsAndDeedsInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("recommendations-and-deeds-in-other-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what is the assessment recommending for domestic abuse from now on?")]
    [InlineData("what is the review recommending on DA for the future?")]
    [InlineData("what is the report suggesting we do on DA in future?")]
    public async Task TheRecommendationOnDomesticAbuse_InOtherFormsOfTheVerbs_NamesTheWhiteRibbonCampaign(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("white ribbon", text, StringComparison.Ordinal);
        Assert.DoesNotContain("two potential reasons", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the review recommending on domestic abuse going forward?")]
    [InlineData("and what's suggested for DA from here on?")]
    public async Task TheRecommendationOnDomesticAbuse_AfterWhyItFell_IsTheRecommendation_NotTheReasons(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many domestic abuse incidents were there in 2017?", conversation);
        await _bot.AskAsync("why did that fall?", conversation);

        var text = await _bot.TextAsync(question, conversation);

        Assert.Contains("white ribbon", text, StringComparison.Ordinal);
        Assert.DoesNotContain("two potential reasons", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what activity was carried out under it?")]
    [InlineData("what was done for that one?")]
    [InlineData("what interventions were delivered under it?")]
    public async Task WhatWasDoneForTheLastProgramme_IsItsWork_NeverCantAnswer(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("who leads the White Ribbon Campaign?", conversation);

        var text = await _bot.TextAsync(question, conversation);

        Assert.Contains("white ribbon", text, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
    }
}
