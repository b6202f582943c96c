using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// A short follow-up that opens with a comparison ("bigger than after the referendum?"), through /api/messages of the running
/// bot: weighed against the conversation's topic in the assessment's words, not "can't answer".
/// </summary>
public sealed class ComparisonFollowUpTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public ComparisonFollowUpTests()
    {
        _host = new BotHost(_folder.File("comparison-follow-up.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("bigger than after the referendum?")]
    [InlineData("larger than after the EU referendum?")]
    public async Task AComparisonAfterTheHateCrimeNationalPicture_IsAnsweredWithThePeakAfterTheReferendum(string question)
    {
        var conversation = "compare-" + question.Length;
        await _host.SayAsync("hate crime national picture?", conversationId: conversation);

        var said = Replies.Said(await _host.SayAsync(question, conversationId: conversation));

        Assert.Contains("larger than after the EU referendum", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }
}
