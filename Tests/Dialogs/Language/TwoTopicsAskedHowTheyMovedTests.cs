using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Two topics listed with "and" and asked only how they moved ("how did burglary and vehicle crime change?"), through /api/messages
/// of the running bot: both are answered, never only the second (an attacker's pass found one dropped).
/// </summary>
public sealed class TwoTopicsAskedHowTheyMovedTests : IDisposable
{
    private readonly BotChat _bot = new("two-topics-moved.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What happened with burglary and vehicle crime?", "dwelling burglary", "vehicle crime")]
    [InlineData("how did burglary and vehicle crime change", "dwelling burglary", "vehicle crime")]
    [InlineData("how are shoplifting and dwelling burglary doing?", "shoplifting", "dwelling burglary")]
    [InlineData("tell me about sexual offences and shoplifting", "sexual offences", "shoplifting")]
    public async Task TwoTopicsAskedHowTheyMoved_AreBothAnswered(string question, string one, string other)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("two topics", said, StringComparison.Ordinal);
        Assert.Contains(one, said, StringComparison.Ordinal);
        Assert.Contains(other, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyTwoTopicsRose_IsStillAPassageQuestion()
    {
        var said = await _bot.TextAsync("why did shoplifting and burglary go up");

        Assert.DoesNotContain("you asked about two topics", said, StringComparison.Ordinal);
    }
}
