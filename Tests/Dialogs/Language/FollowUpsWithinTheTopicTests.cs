using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups that name nothing of the assessment, answered within the conversation's topic, through /api/messages of the running
/// bot (issue 13, set P5): a question with no word of community safety in it is first looked for in the topic's own words (the
/// months violence peaks in, the partner whose data is lacking for domestic abuse); a reviewed
/// priority asked by its number and year is remembered by the programme that continues it, so "it" is never this year's priority
/// of that number; "w" and "wo" before "injury" are "with" and "without". Never "can't answer".
/// </summary>
public sealed class FollowUpsWithinTheTopicTests : IDisposable
{
    private readonly BotChat _bot = new("follow-ups-within-the-topic.db");

    public void Dispose() => _bot.Dispose();

    private async Task<string> AfterAsync(string first, string followUp) =>
        await _bot.PlainSaidAsync(followUp, await _bot.ConversationAfterAsync(first));

    [Theory]
    [InlineData("in which months are the figures higher?")]
    [InlineData("what time of year does it peak?")]
    public async Task WhenInTheYearItPeaks_AfterViolenceAgainstThePerson_IsJuneAndJuly(string followUp)
    {
        var said = await AfterAsync("is violence against the person up on its three year average?", followUp);

        Assert.Contains("June and July", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("whose data is missing when identifying high risk cases?")]
    [InlineData("which partner's figures are lacking for the high risk work?")]
    public async Task ThePartnerWhoseDataIsLacking_AfterDomesticAbuse_IsHealth(string followUp)
    {
        var said = await AfterAsync("how many crimes had a domestic abuse flag in 2017", followUp);

        Assert.Contains("Health data", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what interventions took place under it?", "task and finish")]
    [InlineData("what intervention was carried out for it?", "task and finish")]
    [InlineData("and what's it trying to achieve?", "re-victimisation")]
    public async Task AReviewedPriorityAskedByNumberAndYear_IsWhatItPointsTo_NotThisYearsPriorityOfThatNumber(string followUp, string expected)
    {
        var said = await AfterAsync("what was priority 3 in 2017/18?", followUp);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("White Ribbon", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how do we stand against the MSG on it?")]
    [InlineData("where do we sit against the similar areas for that one?")]
    public async Task AgainstTheSimilarAreas_AfterViolenceWithInjury_IsItsOwnRank_NotViolenceAgainstThePerson(string followUp)
    {
        var said = await AfterAsync("how many violence with injury crimes were there in 2017", followUp);

        Assert.Contains("6.15", said, StringComparison.Ordinal);
        Assert.DoesNotContain("21.75", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which of those years was highest?", "1935")]
    [InlineData("and which year was the lowest of them?", "1598")]
    public async Task TheHighestOrLowestYear_AfterARunOfYears_IsReadFromThatRun(string followUp, string expected)
    {
        var said = await AfterAsync("domestic abuse incidents each year from 2012 to 2017", followUp);

        Assert.Contains(expected, said.Replace(",", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which parts of the city have the most shoplifting?")]
    [InlineData("what areas of Cambridge are worst for drug offences?")]
    public async Task WhichPartsOfTheCityAreHighest_IsABreakdownTheAssessmentDoesNotGive(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = await _bot.PlainSaidAsync(question);

        Assert.False(BotChat.ShowsAFigureCard(replies));
        Assert.Contains("neighbourhood", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("which report do you know about?")]
    [InlineData("what document have you got?")]
    public async Task WhichDocumentItKnows_AfterAGreeting_IsTheStrategicAssessment(string followUp)
    {
        var said = await AfterAsync("good morning", followUp);

        Assert.Contains("strategic assessment", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("violence w injury rate in 2017", "5.97")]
    [InlineData("how many violence w injury crimes in 2017", "822")]
    [InlineData("violence wo injury total for 2017", "2,068")]
    public async Task WAndWoBeforeInjury_AreWithAndWithout(string question, string expected)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(expected, said, StringComparison.Ordinal);
    }
}
