using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups in a conversation whose answer is in the assessment's words or the last topic's figures, through /api/messages of the
/// running bot: a difficulty pointed back to, the work to improve asked in the present or of "next year", what might push a topic
/// higher, "year on year change?" after a topic, a national share of a whole named of the part just answered, and an explicit year
/// beside "N years earlier". Never "can't answer", never the list of risers and fallers, never "no figure".
/// </summary>
public sealed class FollowUpsInTheAssessmentsWordsTests : IDisposable
{
    private readonly BotChat _bot = new("follow-ups-in-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("and the main hurdle?")]
    [InlineData("and what's the biggest barrier there?")]
    [InlineData("and the key challenge for them?")]
    public async Task ADifficultyPointedBack_AfterCountyLines_IsItsMajorProblem(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("who is in charge of the county lines work", conversation);

        var said = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("recruitment", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what are they aiming to improve over the coming year?")]
    [InlineData("and what will they improve in 2018?")]
    [InlineData("what is being improved next year?")]
    public async Task TheWorkToImprove_AfterCountyLines_IsTheActionsIdentifiedFor2018(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("who is in charge of the county lines work", conversation);

        var said = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("data sharing", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what could make it worse?")]
    [InlineData("anything that might fuel more of it?")]
    [InlineData("what could trigger more of it?")]
    public async Task WhatMightPushATopicHigher_AfterHateCrime_IsTheAssessmentsBrexitWarning(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many hate crimes were there in 2017", conversation);

        var said = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("Brexit", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("year on year change?")]
    [InlineData("and the annual change?")]
    public async Task TheChangeOnTheYearBefore_AfterATopic_IsThatTopicsChange_NotTheRisers(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many sexual offences in 2017?", conversation);

        var said = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("sexual offences", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("biggest risers", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what share of violence nationally is this one?")]
    [InlineData("what proportion of national violence is that?")]
    public async Task ANationalShareOfTheWhole_AfterAPartOfViolence_IsThePartsShare(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how do we rank against similar areas for violence without injury?", conversation);

        var said = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("41%", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and that rate four years earlier, 2013?")]
    [InlineData("what was the rate previously, in 2013?")]
    public async Task AnExplicitYear_BesideYearsEarlier_IsThatYearsFigure(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence against the person rate per 1000 in 2017?", conversation);

        var said = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("8.98", said, StringComparison.Ordinal);
        Assert.DoesNotContain("no figure", said, StringComparison.OrdinalIgnoreCase);
    }
}
