using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// A short follow-up that opens with a comparison ("bigger than after the referendum?"), through /api/messages of the running
/// bot: weighed against the conversation's topic in the assessment's words, not "can't answer".
/// </summary>
public sealed class ComparisonFollowUpTests : IDisposable
{
    private readonly BotChat _bot = new("comparison-follow-up.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("bigger than after the referendum?")]
    [InlineData("larger than after the EU referendum?")]
    public async Task AComparisonAfterTheHateCrimeNationalPicture_IsAnsweredWithThePeakAfterTheReferendum(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("hate crime national picture?", conversation);

        var said = await _bot.SaidAsync(question, conversation);

        Assert.Contains("larger than after the EU referendum", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }
}
