using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: a priority named by a part of its title with the word "priority" ("the safeguarding
/// priority", "the vulnerable locations priority") is that priority, never the figures of a topic its title mentions.
/// </summary>
public sealed class PrioritiesNamedByTheirTitlesTests : IDisposable
{
    private readonly BotChat _bot = new("priorities-by-title.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("programmes of work under the violence and exploitation priority")]
    [InlineData("which kinds of exploitation does the safeguarding priority cover?")]
    [InlineData("what sits under the safeguarding priority")]
    public async Task ThePriorityOnViolenceAndExploitation_IsPriorityOne(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("County lines", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Exploitation of adults", said, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Priority 1 for 2018/19", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVulnerableLocationsPriority_IsPriorityTwo()
    {
        var said = await _bot.PlainSaidAsync("what programmes are under the vulnerable locations priority?");

        Assert.StartsWith("Priority 2 for 2018/19", said, StringComparison.Ordinal);
        Assert.Contains("Market Ward", said, StringComparison.Ordinal);
    }
}
