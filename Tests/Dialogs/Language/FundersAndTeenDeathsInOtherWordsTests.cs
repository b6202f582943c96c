using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: a short who-question that names a glossary term ("who funds Chelsea's Choice") names
/// its own subject, so it is looked for in the assessment's words, never taken for "who leads it?" with nothing asked before (which
/// still asks which programme); and deaths of teenagers asked in members' shorter words ("teen deaths") find the assessment's
/// "deaths among teenagers" and "young people aged 19 and under".
/// </summary>
public sealed class FundersAndTeenDeathsInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("funders-and-teen-deaths.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("who funds Chelsea's Choice")]
    [InlineData("which organisation funded Chelsea's Choice")]
    [InlineData("who funded chelseas choice?")]
    public async Task WhoFundedAGlossaryTerm_IsLookedForInTheAssessmentsWords_NotAskedWhichProgramme(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("partnership has funded", said, StringComparison.Ordinal);
        Assert.DoesNotContain("which programme or topic do you mean", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoLeadsIt_WithNothingAskedBefore_StillAsksWhichProgramme()
    {
        var said = await _bot.TextAsync("who leads it?");

        Assert.Contains("which programme or topic do you mean", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("teen deaths?")]
    [InlineData("deaths among teens")]
    [InlineData("teenage deaths?")]
    public async Task TeenDeaths_InShortWords_AreTheAssessmentsDeathsAmongTeenagers(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("2008", said, StringComparison.Ordinal);
    }
}
