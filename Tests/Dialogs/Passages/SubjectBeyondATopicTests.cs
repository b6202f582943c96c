using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// "What does it say about X", "what was the issue with X", "anything re X" where X goes beyond the topic one of its words
/// names ("car enthusiasts" beside vehicle crime, "health data" beside DA, "drug deaths" beside drugs, violence and the
/// night-time economy), through /api/messages of the running bot: answered with the assessment's sentence on X, not the
/// topic's figures, "which one?" or "no figure"; a question naming only its topic keeps the topic's answer.
/// </summary>
public sealed class SubjectBeyondATopicTests : IDisposable
{
    private readonly BotChat _bot = new("subject-beyond.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what was the issue with car enthusiasts", "car enthusiasts")]
    [InlineData("anything about car enthusiasts in the report?", "car enthusiasts")]
    [InlineData("what's the problem with car enthusiasts?", "car enthusiasts")]
    [InlineData("what does it say about health data and DA", "Health data")]
    [InlineData("does the report mention anything about health data for domestic abuse?", "Health data")]
    [InlineData("what does it say re drug deaths locally", "low levels of deaths")]
    [InlineData("does the assessment say anything about drug deaths?", "low levels of deaths")]
    [InlineData("does it say anything about violence and the night time economy?", "not been explored")]
    [InlineData("any mention of hate crime after brexit", "Brexit")]
    public async Task ASubjectBeyondItsTopicWord_IsAnsweredWithTheAssessmentsSentenceOnIt(string question, string quoted)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(quoted, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
        Assert.DoesNotContain("which one?", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatItSaysAboutATopicAlone_KeepsTheTopicsFigures()
    {
        var said = await _bot.PlainSaidAsync("what does it say about burglary");

        Assert.Contains("647", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubjectTheAssessmentNeverMentions_IsNotAnsweredWithANeighbouringPassage()
    {
        var said = await _bot.PlainSaidAsync("what does the report say regarding resident parking permits");

        Assert.DoesNotContain("the assessment says", said, StringComparison.OrdinalIgnoreCase);
    }
}
