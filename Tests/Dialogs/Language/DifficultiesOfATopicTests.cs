using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A difficulty asked of a topic in a member's words ("the biggest problem with county lines", "the main headache", "any hurdles"),
/// the part of the review it stands in named ("according to the outcomes"), and a year asked of the assessment's words ("what's being
/// improved in 2018"), through /api/messages of the running bot: the assessment's own words, never the programme's card or "can't answer".
/// </summary>
public sealed class DifficultiesOfATopicTests : IDisposable
{
    private readonly BotChat _bot = new("difficulties.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What's the biggest problem with county lines according to the outcomes?")]
    [InlineData("what's the biggest problem with county lines?")]
    [InlineData("what are the difficulties with county lines")]
    [InlineData("What is the biggest ongoing problem with county lines?")]
    [InlineData("county lines - what's the main headache?")]
    public async Task ADifficultyOfCountyLines_IsTheAssessmentsMajorProblem(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("recruitment", said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBiggestHeadacheWithIt_AfterCountyLines_IsTheMajorProblem()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("who leads on county lines work?", conversation);

        var said = await _bot.TextAsync("what's the biggest headache with it?", conversation);

        Assert.Contains("recruitment", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's being improved in 2018?")]
    [InlineData("what improvements are planned for county lines in 2018?")]
    public async Task WhatIsImprovedInAYear_IsTheActionsIdentifiedForThatYear(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("data sharing", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearTheAssessmentNeverNames_IsStillNoEvidence()
    {
        var said = await _bot.TextAsync("what's being improved in 2031?");

        Assert.DoesNotContain("data sharing", said, StringComparison.Ordinal);
    }
}
