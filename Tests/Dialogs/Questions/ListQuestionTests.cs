using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// Lists and overviews through /api/messages of the running bot: every priority at once, what went down, topics past a
/// threshold, where we do worst against similar areas, and what the assessment recommends.
/// </summary>
public sealed class ListQuestionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public ListQuestionTests()
    {
        _host = new BotHost(_folder.File("lists.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("What are the recommended priorities for next year?")]
    [InlineData("<at>SafetyBot</at> priorities?")]
    public async Task Priorities_AreAllListedAtOnce_WithTheirProgrammes(string question)
    {
        var replies = await _host.SayAsync(question, conversationId: "priorities-" + question.Length);

        Assert.StartsWith(
            "The assessment recommends 3 priorities for 2018/19: 1 Safeguarding people against violence and exploitation (1.1 County lines/cuckooing, 1.2 Exploitation of adults); "
            + "2 Identifying and responding to vulnerable locations (2.1 Market Ward Group, including night-time economy); 3 Domestic Abuse (3.1 White Ribbon Campaign led by Cambridge City Council).",
            replies[0].Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichTopicsRoseByMoreThan30Percent_ListsEveryOneAndNoOther()
    {
        var reply = Assert.Single(await _host.SayAsync("Which topics rose by more than 30%?", conversationId: "threshold"));

        Assert.StartsWith("Rises of more than 30%, 2017 on 2016: cybercrime +53%, business crime +44%, dwelling burglary +43%,", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("+30%", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatFellByMoreThan5Percent_ListsOnlyTheFallersPastIt()
    {
        var reply = Assert.Single(await _host.SayAsync("What topics fell by more than 5%?", conversationId: "threshold-down"));

        Assert.Equal("Falls of more than 5%, 2017 on 2016: drugs -24%, alcohol related incidents -7%.", reply.Text);
    }

    [Fact]
    public async Task WhatWentDown_ListsTheFallers()
    {
        var reply = Assert.Single(await _host.SayAsync("What went down in 2017?", conversationId: "down"));

        Assert.StartsWith("Biggest fallers, 2017 on 2016", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereWeDoWorstAgainstSimilarAreas_RanksTheTopicsWorstFirst()
    {
        var reply = Assert.Single(await _host.SayAsync("Where does Cambridge do worst against similar areas?", conversationId: "worst"));

        Assert.StartsWith("Cambridge City against its most similar group", reply.Text, StringComparison.Ordinal);
        Assert.Contains("theft from the person (rank 3 out of 15)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatDoesTheAssessmentRecommend_WithNoTopicInContext_GivesItsRecommendations()
    {
        var reply = Assert.Single(await _host.SayAsync("what does the assessment recommend?", conversationId: "recommend"));

        Assert.Contains("Recommendations", Replies.Texts(Replies.Card(reply)));
    }
}
