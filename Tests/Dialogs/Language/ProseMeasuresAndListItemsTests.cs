using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Prose questions through /api/messages of the running bot: who made the assessment or whose a quote is, what the document is,
/// what a measure (a survey, police recorded crime) cannot do, which groups the partnership worked with, and an item of the
/// last answer's list pointed to by its place ("the second one"), "the other one" after a passage, how partners help with a
/// programme, and the size of a group's risers judged ("are they big numbers?").
/// </summary>
public sealed class ProseMeasuresAndListItemsTests : IDisposable
{
    private readonly BotChat _bot = new("prose-measures.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("who put it together")]
    [InlineData("who made this report")]
    [InlineData("who wrote it?")]
    [InlineData("who's behind the assessment")]
    public async Task WhoMadeIt_AfterATopic_IsTheAssessmentsAuthors_NotTheTopics(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("dwelling burglary", conversation);

        var text = await _bot.TextAsync(question, conversation);

        Assert.Contains("cambridgeshire research group", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whose quote is the one about police recorded crime increase")]
    [InlineData("who said the increase in police recorded crime reflects improvements to recording")]
    public async Task WhoseQuote_IsItsSource(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("ons", text, StringComparison.Ordinal);
        Assert.Contains("police recorded crime", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what can you tell me about, what's the doc")]
    [InlineData("what is this report about")]
    [InlineData("what is the document")]
    [InlineData("what's the assessment for?")]
    public async Task WhatTheDocumentIs_IsItsPurpose(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("purpose of this document", text, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whats the problem with police recorded crime figures", "better reporting")]
    [InlineData("what's the issue with police recorded crime", "better reporting")]
    [InlineData("problem with police recorded crime as a measure", "better reporting")]
    [InlineData("why can't csew give a cambridge figure", "local data")]
    [InlineData("the csew is unable to give local figures, why?", "local data")]
    [InlineData("can we compare cvs rates over time", "caution")]
    [InlineData("are cvs rates comparable over time?", "caution")]
    public async Task AMeasuresShortcoming_IsItsCaveat(string question, string expected)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which DA groups has the partnership engaged with")]
    [InlineData("what domestic abuse groups is the partnership part of")]
    public async Task WhichGroups_OfASharedTopic_AreNamedInItsWords_NotWhichTopic(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("delivery and operational groups", text, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what priorities does the assessment recommend", "what's under the second one specifically", "market ward")]
    [InlineData("what are the recommended priorities?", "tell me about the second one", "market ward")]
    [InlineData("priority 1", "and the second one?", "exploitation of adults")]
    [InlineData("priority 1", "what's the first item about", "county lines")]
    public async Task TheSecondOne_AfterAList_IsThatItem(string list, string followUp, string expected)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(list, conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecondOne_WithNothingListedBefore_ShowsNoItem()
    {
        var text = await _bot.TextAsync("what's under the second one");

        Assert.DoesNotContain("market ward", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whats the other one it alternates with")]
    [InlineData("what does it alternate with")]
    [InlineData("which programme does it alternate with?")]
    public async Task TheOtherOne_AfterAPassageNamingNoTopic_IsLookedForWhereThatPassageIs(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how long have we funded school projects", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("tough love", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sharp instrument", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what do they mean by county lines/cuckooing", "how are partners helping with it")]
    [InlineData("what is county lines", "what are partners doing about it?")]
    [InlineData("county lines", "how is the partnership tackling it")]
    public async Task HowPartnersHelp_AfterAProgrammeOrItsTerm_IsWhatWasDoneForIt(string first, string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(first, conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("crime prevention", text, StringComparison.Ordinal);
        Assert.Contains("enforcement", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("are they big numbers?")]
    [InlineData("is that a lot?")]
    [InlineData("are those large numbers")]
    public async Task TheSizeOfAGroupsRisers_Judged_IsTheAssessmentsFindingsOnTheGroup(string judgement)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("which property crimes went up in 2017 per the exec summary", conversation);

        var text = await _bot.TextAsync(judgement, conversation);

        Assert.Contains("low volume", text, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSizeOfAFigure_Judged_ShowsThatFigureAgain()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many burglaries", conversation);

        var text = await _bot.TextAsync("are those big numbers", conversation);

        Assert.Contains("647", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherPlace_AfterAnItemByItsPlace_IsOfTheSameList()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what are the recommended priorities", conversation);
        await _bot.AskAsync("tell me more about the third one", conversation);

        var text = await _bot.TextAsync("and the first one?", conversation);

        Assert.Contains("safeguarding people against violence and exploitation", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the first one", "2068")]
    [InlineData("why did the second one go up", "knife crime")]
    public async Task AnItemByItsPlace_AfterAGroupsRisers_IsThatTopic(string followUp, string expected)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("which violence crimes went up", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who is the source of the quote about police recorded crime")]
    [InlineData("what is the strategic assessment")]
    [InlineData("what's the catch with the cvs figures")]
    public async Task OtherWordings_OfTheDocumentQuotesAndMeasures_AreAnswered(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say", text, StringComparison.Ordinal);
        Assert.DoesNotContain("jsna", text, StringComparison.Ordinal);
    }
}


