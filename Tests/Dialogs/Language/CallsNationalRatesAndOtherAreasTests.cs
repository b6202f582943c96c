using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: a call or meeting to set up is not what SafetyBot is for; a national rate per head is
/// one the assessment prints for no topic (never the national changes as its answer); crime as a whole asked of another district is
/// not covered (never "can't answer"); the county's VAWG rate is still its figure.
/// </summary>
public sealed class CallsNationalRatesAndOtherAreasTests : IDisposable
{
    private readonly BotChat _bot = new("calls-rates-areas.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("Set up a Teams call with the fire service lead at 3pm")]
    [InlineData("can you arrange a meeting with the DAAT lead next week?")]
    [InlineData("schedule a call with the white ribbon ambassadors")]
    [InlineData("send an email to the police lead about burglary")]
    public async Task ACallOrMeetingToSetUp_IsNotWhatSafetyBotIsFor(string question)
    {
        var replies = await _bot.AskAsync(question);

        var said = Evaluation.AnswerText.Of(replies);
        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many crimes does the report say are committed with a weapon per 1k pop nationally?", "37443")]
    [InlineData("what is the national rate of sexual offences per 1000?", "23%")]
    public async Task ANationalRatePerHead_IsOneTheAssessmentDoesNotGive(string question, string nationalFigure)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("gives no figure for a national rate", said, StringComparison.Ordinal);
        Assert.DoesNotContain(nationalFigure, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountysVawgRatePerThousand_IsStillItsFigure()
    {
        var said = await _bot.TextAsync("What is the VAWG rate per 1,000 for Cambridge City compared with the county?");

        Assert.Contains("15.6", said, StringComparison.Ordinal);
        Assert.Contains("14.4", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the total crime figure for South Cambridgeshire?", "south cambridgeshire")]
    [InlineData("how much crime was there in Fenland?", "fenland")]
    [InlineData("how many crimes in Huntingdonshire last year?", "huntingdonshire")]
    public async Task CrimeAsAWholeInAnotherDistrict_IsNotCovered(string question, string place)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("not " + place, said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
        Assert.DoesNotContain("4601", said, StringComparison.Ordinal);
    }
}
