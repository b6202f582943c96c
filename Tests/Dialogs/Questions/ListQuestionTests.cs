using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// Lists and overviews through /api/messages of the running bot: every priority at once, what went down, topics past a
/// threshold, where we do worst against similar areas, and what the assessment recommends.
/// </summary>
public sealed class ListQuestionTests : IDisposable
{
    private readonly BotChat _bot = new("lists.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What are the recommended priorities for next year?")]
    [InlineData("<at>SafetyBot</at> priorities?")]
    public async Task Priorities_AreAllListedAtOnce_WithTheirProgrammes(string question)
    {
        var replies = await _bot.AskAsync(question);

        Assert.StartsWith(
            "The assessment recommends 3 priorities for 2018/19: 1 Safeguarding people against violence and exploitation (1.1 County lines/cuckooing, 1.2 Exploitation of adults); "
            + "2 Identifying and responding to vulnerable locations (2.1 Market Ward Group, including night-time economy); 3 Domestic Abuse (3.1 White Ribbon Campaign led by Cambridge City Council).",
            replies[0].Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichTopicsRoseByMoreThan30Percent_ListsEveryOneAndNoOther()
    {
        var reply = Assert.Single(await _bot.AskAsync("Which topics rose by more than 30%?"));

        Assert.StartsWith("Rises of more than 30%, 2017 on 2016: cybercrime +53%, business crime +44%, dwelling burglary +43%,", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("+30%", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatFellByMoreThan5Percent_ListsOnlyTheFallersPastIt()
    {
        var reply = Assert.Single(await _bot.AskAsync("What topics fell by more than 5%?"));

        Assert.Equal("Falls of more than 5%, 2017 on 2016: drugs -24%, alcohol related incidents -7%.", reply.Text);
    }

    [Fact]
    public async Task WhatWentDown_ListsTheFallers()
    {
        var reply = Assert.Single(await _bot.AskAsync("What went down in 2017?"));

        Assert.StartsWith("Biggest fallers, 2017 on 2016", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereWeDoWorstAgainstSimilarAreas_RanksTheTopicsWorstFirst()
    {
        var reply = Assert.Single(await _bot.AskAsync("Where does Cambridge do worst against similar areas?"));

        Assert.StartsWith("Cambridge City against its most similar group", reply.Text, StringComparison.Ordinal);
        Assert.Contains("theft from the person (rank 3 out of 15)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatDoesTheAssessmentRecommend_WithNoTopicInContext_GivesItsRecommendations()
    {
        var reply = Assert.Single(await _bot.AskAsync("what does the assessment recommend?"));

        Assert.Contains("Recommendations", Replies.Texts(Replies.Card(reply)));
    }

    [Fact]
    public async Task WhichPropertyCrimesRose_ListsEveryRiserOfThatGroup_AndNoOther()
    {
        var reply = Assert.Single(await _bot.AskAsync("which property crimes went up?"));

        Assert.StartsWith("Property crime topics that rose, 2017 on 2016: business crime +44%, dwelling burglary +43%, shoplifting +33%, vehicle crime +30%", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cybercrime", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Several acquisitive crime types have recorded increases in 2017", Replies.Said([reply]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScanningTablesTopics_AreListedByGroup_WithoutThePopulation()
    {
        var said = await _bot.SaidAsync("name every topic the scanning table reviews");

        Assert.StartsWith("Topics of the full scanning table:", said, StringComparison.Ordinal);
        foreach (var topic in new[] { "Cybercrime", "Business crime", "Road safety", "Vehicle crime", "Sexual offences" })
        {
            Assert.Contains(topic, said, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("population", said.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TopicsASourceFlags_AreListedWithTheSentenceThatDoes()
    {
        var said = await _bot.SaidAsync("what areas does the serious and organised crime profile raise?");

        Assert.StartsWith("Topics of the scanning table where the assessment mentions SOCP: drugs, child sexual exploitation, modern slavery", said, StringComparison.Ordinal);
        Assert.Contains("London gangs", said, StringComparison.Ordinal);
        Assert.Contains("number plate recognition", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("on which issues does the partnership lack sight - where is it unsighted?")]
    [InlineData("what is the CSP unsighted on")]
    public async Task WhereThePartnershipIsUnsighted_ListsThoseTopics(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("child sexual exploitation", said, StringComparison.Ordinal);
        Assert.Contains("vehicle crime", said, StringComparison.Ordinal);
        Assert.Contains("potentially unsighted", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastYearsPriorities_AreTheReviewedOnes_WithTheirInterventions()
    {
        var said = await _bot.SaidAsync("what were the partnership's priorities in 2017/18?");

        Assert.StartsWith("The 2017/18 priorities the assessment reviews: 1 Safeguarding vulnerable people against violence; 2 Domestic abuse; 3 Reducing antisocial behaviour within vulnerable groups.", said, StringComparison.Ordinal);
        Assert.Contains("Chelsea's Choice in every secondary school", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcernsAboutAGroup_AreItsFindings_NotOneIndicatorsFigure()
    {
        var said = await _bot.SaidAsync("what are the main worries around violence?");

        Assert.StartsWith("Key findings of the 2017/18 strategic assessment on violence", said, StringComparison.Ordinal);
        Assert.Contains("weapon", said, StringComparison.Ordinal);
        Assert.Contains("exploitation", said, StringComparison.Ordinal);
        Assert.DoesNotContain("2,894 crimes", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheDomesticAbuseProgrammeDid_IsItsReview_WithEveryIntervention()
    {
        var said = await _bot.SaidAsync("which domestic abuse interventions did the CSP carry out in 2017/18");

        Assert.Contains("White Ribbon", said, StringComparison.Ordinal);
        Assert.Contains("Chelsea's Choice", said, StringComparison.Ordinal);
    }
}
