using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// A year for which the assessment prints a topic's rate but not its count, through /api/messages of the running bot ("ASB in
/// 2012", "2012?" after ASB, "vehicle crime in 2017"): the answer says there is no count for that year and gives what it does
/// print for it, never "no figure" beside the very rate it shows (found by the attacker).
/// </summary>
public sealed class AYearWithARateButNoCountTests : IDisposable
{
    private readonly BotChat _bot = new("year-with-a-rate.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("asb in 2012", "no count for 2012", "40.85 per 1,000 population")]
    [InlineData("how many vehicle crimes in 2017", "no count for 2017", "8.26 per 1,000 population")]
    public async Task AYearWithOnlyARate_SaysThereIsNoCount_AndGivesTheRate(string question, string noCount, string rate)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(noCount, said, StringComparison.Ordinal);
        Assert.Contains(rate, said, StringComparison.Ordinal);
        Assert.DoesNotContain("no figure for", said, StringComparison.Ordinal);
        Assert.DoesNotContain("figure for 2012", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABareYear_AfterATopic_WithOnlyARateThatYear_GivesTheRate()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("anti-social behaviour", conversation);

        var said = await _bot.SaidAsync("2012?", conversation);

        Assert.Contains("no count for 2012", said, StringComparison.Ordinal);
        Assert.Contains("40.85", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the VAWG rate in Cambridge", "15.6 per 1,000 population")]
    [InlineData("what is the IDVA engagement rate", "73%")]
    public async Task ATopicWithOnlyARateOrAShare_GivesIt_NotNoHeadlineVolume(string question, string figure)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(figure, said, StringComparison.Ordinal);
        Assert.DoesNotContain("no headline volume", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearWithNothingPrinted_StillSaysSo()
    {
        var said = await _bot.SaidAsync("asb in 2009");

        Assert.Contains("no figure for 2009", said, StringComparison.Ordinal);
    }
}
