using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Honest answers for what the assessment never gives, asked through /api/messages of the running bot (issue 13): a sub-group
/// of a topic it counts only as a whole (rape within sexual offences, fatal or serious road casualties beside collisions,
/// stabbings beside weapon-involved crime), a subject it never mentions, a colleague's working life; and the follow-ups beside
/// them: a bare period after a topic, "X - what does it say", "which districts are higher than us".
/// </summary>
public sealed class HonestGapsAndColleaguesTests : IDisposable
{
    private readonly BotChat _bot = new("honest-gaps.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("fatal collisions in cambridge?", "people killed or seriously injured on the roads")]
    [InlineData("serious injuries on the roads", "people killed or seriously injured on the roads")]
    [InlineData("how many people died on the roads in cambridge", "people killed or seriously injured on the roads")]
    [InlineData("pedestrian casualties in the city", "people killed or seriously injured on the roads")]
    [InlineData("how many cyclists were killed", "people killed or seriously injured on the roads")]
    [InlineData("how many rapes were recorded in the city", "rape on its own")]
    [InlineData("number of rapes in 2017", "rape on its own")]
    [InlineData("how many stabbings", "stabbings on their own")]
    [InlineData("stabbings in the city last year", "stabbings on their own")]
    [InlineData("how many acid attacks", "acid attacks")]
    [InlineData("FGM cases in the city", "honour-based abuse, forced marriage and fgm")]
    [InlineData("shed burglaries in cambridge", "non-dwelling burglary")]
    [InlineData("first time entrants to youth justice in the city", "youth justice")]
    [InlineData("number of young offenders", "youth justice")]
    [InlineData("how many murders in cambridge", "homicide")]
    public async Task ASubGroupOrSubjectTheAssessmentNeverCounts_SaysItHasNoFigure_WithWhatItHasNearest_AndNoFigureCard(string question, string expected)
    {
        var replies = await _bot.AskAsync(question);
        var said = AnswerText.Of(replies);

        Assert.Contains("has no figure or programme for " + expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("what it does have nearest", said, StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many school exclusions were there in cambridge", "exclusions")]
    [InlineData("number of noise complaints", "noise complaints")]
    [InlineData("how many fixed penalty notices for littering", "littering")]
    [InlineData("what is the unemployment rate in cambridge", "unemployment")]
    public async Task AFigureOfASubjectTheAssessmentNeverMentions_SaysItDoesntCoverIt_WithoutRepeatingTheMembersWords_NotCantAnswer(string question, string words)
    {
        var replies = await _bot.AskAsync(question);
        var said = AnswerText.Of(replies);

        Assert.Contains("doesn't cover that", said, StringComparison.OrdinalIgnoreCase);
        // The member's own words are never repeated back: they may be a name, an address or an insult (found by the attacker).
        Assert.DoesNotContain(words, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("has jamie from probation been signed off sick")]
    [InlineData("is sarah from the council on leave")]
    [InlineData("when is dave from the police back from holiday")]
    [InlineData("is the community safety manager off sick")]
    [InlineData("who's covering for tom while he's away")]
    [InlineData("has mark from housing left the council")]
    [InlineData("is the IDVA on maternity leave")]
    [InlineData("is priya from the police in today")]
    [InlineData("when does sarah get back from her holidays")]
    [InlineData("is dave off today")]
    [InlineData("who is off sick in the team")]
    public async Task AColleaguesWorkingLife_IsNotSafetyBots_AndShowsNoTopic(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = AnswerText.Of(replies);

        Assert.Contains("can't answer", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("nothing about the people who work in the partnership", said, StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("sexual offences in 2017", "307")]
    [InlineData("how many road traffic collisions", "338")]
    [InlineData("road casualties nationally", "5%")]
    [InlineData("knife crime in cambridge", "259")]
    [InlineData("how many burgalries in 2017", "647")]
    [InlineData("Can we trust the police recorded violence figures as showing a real increase?", "recording")]
    [InlineData("what does the commercial victimisation survey say", "business")]
    [InlineData("what about the second priority - what's the project?", "Market Ward")]
    [InlineData("in which areas are we below the MSG average", "most similar group")]
    public async Task QuestionsNearTheseGaps_KeepTheirAnswers(string question, string expected)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("DV marker crimes in 2012?", "2015?", "736")]
    [InlineData("DV marker crimes in 2012?", "in 2016", "1010")]
    [InlineData("dwelling burglary", "2014?", "no figure for 2014")]
    public async Task APeriodAlone_AfterATopic_IsThatPeriodsFigure(string first, string period, string expected)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(first, conversation);
        var said = await _bot.TextAsync(period, conversation);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APeriodAlone_WithNothingAskedBefore_IsStillNotUnderstood()
    {
        var said = await _bot.TextAsync("2015?");

        Assert.Contains("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("drug related deaths in the city - what does it say", "low levels of deaths due to drug misuse")]
    [InlineData("burglary - what does it say?", "the assessment says")]
    [InlineData("violence with injury - what does the report say", "the assessment says")]
    [InlineData("overdoses - what does the assessment say?", "no figure or programme for drug deaths")]
    [InlineData("what does it say about FGM", "no figure or programme for honour-based abuse")]
    [InlineData("what does it say about rape", "no figure or programme for rape on its own")]
    public async Task WhatTheAssessmentSaysOfASubject_IsItsWords_OrTheNoFigureAnswer_NeverCantAnswer(string question, string expected)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("VAWG rate per 1000 for cambridge city", "which districts are higher than us", "Peterborough and Fenland")]
    [InlineData("VAWG rate per 1000 for cambridge city", "which districts are lower than us?", "East Cambridgeshire")]
    [InlineData("VAWG rate per 1000 for cambridge city", "how do we compare to other districts", "Peterborough and Fenland")]
    [InlineData("dwelling burglary", "which districts are worse than us?", "all other districts")]
    public async Task TheOtherDistrictsAgainstTheCity_AfterATopic_AreThatTopicsWordsOnThem(string first, string follow, string expected)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(first, conversation);
        var said = await _bot.TextAsync(follow, conversation);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOtherDistrictsAgainstTheCity_OfATopicWhoseWordsNeverNameThem_SaysSo_NeverAnotherTopicsWords()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("shoplifting", conversation);
        var said = await _bot.TextAsync("which districts are higher than us", conversation);

        Assert.Contains("doesn't compare shoplifting across the county's districts", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Peterborough", said, StringComparison.OrdinalIgnoreCase);
    }
}
