using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Why-questions that carry a premise ("even with few crimes", "when there were only 3 crimes") or ask in everyday words
/// after a reason the assessment gives ("historic cases" for its non-recent offences), through /api/messages of the running
/// bot: answered with the assessment's reason, not "doesn't say".
/// </summary>
public sealed class WhyWithAPremiseTests : IDisposable
{
    private readonly BotChat _bot = new("why-premise.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("why is modern slavery a concern here even with few crimes")]
    [InlineData("why is trafficking a worry when there were only 3 crimes")]
    [InlineData("why is modern slavery a concern despite the low numbers?")]
    public async Task WhyAConcern_WithAPremise_IsAnsweredWithTheAssessmentsReason(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("migrant workers", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("doesn't say anything", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why might the sexual offences rise be historic cases")]
    [InlineData("could the sexual offences increase be historical offences being reported?")]
    public async Task WhetherARiseIsHistoricCases_IsAnsweredWithTheNonRecentOffences(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("number of years ago", said, StringComparison.OrdinalIgnoreCase);
    }
}
