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
    [InlineData("violence with injury and violence without injury jul-sep 2017")]
    [InlineData("violence without injury and violence with injury in Q2 2017/18")]
    [InlineData("violence with injury and violence without injury for July to September 2017?")]
    public async Task TwoTopicsListedWithAQuarter_AreBothAnsweredForThatQuarter(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("194", said, StringComparison.Ordinal);
        Assert.Contains("560", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoplifting and dwelling burglary in 2017")]
    [InlineData("dwelling burglary and shoplifting for 2017 please")]
    public async Task TwoTopicsListedWithAYear_AreBothAnswered(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("1,295", said, StringComparison.Ordinal);
        Assert.Contains("647", said, StringComparison.Ordinal);
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
