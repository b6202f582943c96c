using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// "What should the partnership prioritise?" in a member's words, through /api/messages of the running bot: the three priorities
/// the assessment recommends for 2018/19, never "the assessment doesn't say" (an attacker's pass found it refused).
/// </summary>
public sealed class WhatToPrioritiseTests : IDisposable
{
    private readonly BotChat _bot = new("what-to-prioritise.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What should the partnership prioritise?")]
    [InlineData("what should we prioritise next year")]
    [InlineData("what do we need to prioritize")]
    [InlineData("which areas ought the CSP to prioritise?")]
    public async Task WhatToPrioritise_IsTheRecommendedPriorities(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("recommends 3 priorities for 2018/19", said, StringComparison.Ordinal);
        Assert.Contains("vulnerable locations", said, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyATopicIsPrioritised_IsNotTheListOfPriorities()
    {
        var said = await _bot.TextAsync("why should we prioritise domestic abuse");

        Assert.DoesNotContain("recommends 3 priorities", said, StringComparison.Ordinal);
    }
}
