using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A town of another district asked of a topic ("burglary in Huntingdon", "ASB in Ely"), through /api/messages of the
/// running bot: the assessment gives Cambridge City's figures, never shown as the town's (found by the attacker, who got
/// Cambridge's 647 for Huntingdon with no word of caveat).
/// </summary>
public sealed class TownsOfOtherDistrictsTests : IDisposable
{
    private readonly BotChat _bot = new("towns.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("burglary in Huntingdon", "Huntingdonshire")]
    [InlineData("how many burglaries in St Neots last year", "Huntingdonshire")]
    [InlineData("ASB in Ely 2017", "East Cambridgeshire")]
    [InlineData("shoplifting in Wisbech?", "Fenland")]
    [InlineData("vehicle crime in Cambourne", "South Cambridgeshire")]
    public async Task ATownOfAnotherDistrict_IsNotGivenCambridgesFigures(string question, string district)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("Cambridge City's figures, not " + district, said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("burglary in March 2017?")]
    [InlineData("burglary in Cambridge")]
    public async Task AMonthOrTheCityItself_IsNotAnotherDistrict(string question)
    {
        var said = Replies.Said(await _bot.AskAsync(question));

        Assert.DoesNotContain("not Fenland", said, StringComparison.Ordinal);
        Assert.Contains("647", said, StringComparison.Ordinal);
    }
}
