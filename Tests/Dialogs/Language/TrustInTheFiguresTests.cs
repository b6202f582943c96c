using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Whether the figures can be trusted, how accurate they are and what they leave out, asked through /api/messages of the
/// running bot: the assessment's caveats, never "no figure" (found by the attacker).
/// </summary>
public sealed class TrustInTheFiguresTests : IDisposable
{
    private readonly BotChat _bot = new("trust.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("can I trust the police figures")]
    [InlineData("how accurate are the crime numbers?")]
    [InlineData("what's excluded from the police figures")]
    [InlineData("can we trust the data in this report")]
    public async Task TrustAccuracyOrWhatIsLeftOut_GetsTheCaveats(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("caveat", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("has no figure", said, StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }
}
