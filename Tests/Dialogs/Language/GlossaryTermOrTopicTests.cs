using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A topic whose name is also a glossary term (ASB, CSE), through /api/messages of the running bot: "what's the ASB trend",
/// "what's the latest on ASB" ask how the topic has gone (its figures); "what is ASB", "what does ASB mean" ask what the term
/// means. Before, "what's the ASB trend" and "what's the latest on ASB" got the glossary entry.
/// </summary>
public sealed class GlossaryTermOrTopicTests : IDisposable
{
    private readonly BotChat _bot = new("glossary-or-topic.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what's the asb trend")]
    [InlineData("what's the latest on ASB")]
    [InlineData("what's the asb picture")]
    [InlineData("what is happening with ASB")]
    public async Task HowATopicHasGone_NamedByAGlossaryTerm_GetsItsFigures(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("4601", text, StringComparison.Ordinal);
        Assert.DoesNotContain("from the glossary", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is ASB")]
    [InlineData("what does ASB mean")]
    [InlineData("what's ASB")]
    public async Task WhatTheTermMeans_GetsTheGlossaryEntry(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("harassment, alarm or distress", text, StringComparison.Ordinal);
    }
}
