using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Two topics asked together through /api/messages of the running bot: listed with "and" and nothing asked but their figures
/// ("violence and sexual offences"), both are answered, never one dropped; weighed by size ("which is bigger, shoplifting or
/// burglary?"), their counts are weighed, not their changes.
/// </summary>
public sealed class TwoTopicsListedOrSizedTests : IDisposable
{
    private readonly BotChat _bot = new("two-topics-listed.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many violent and sexual crimes?")]
    public async Task ViolenceAndSexualOffences_ListedTogether_AreBothAnswered(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("All violence against the person: 2,894 crimes (2017); Sexual offences: 307 crimes (2017).", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which is bigger shoplifting or burglary?")]
    [InlineData("which is more common, burglary or shoplifting?")]
    [InlineData("is shoplifting larger than burglary")]
    public async Task WhichIsBigger_WeighsTheTwoTopicsCounts(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Shoplifting is the larger of the two: 1,295 crimes against 647 crimes dwelling burglary.", said, StringComparison.Ordinal);
        Assert.DoesNotContain("rose more in percentage terms", said, StringComparison.Ordinal);
    }
}
