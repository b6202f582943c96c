using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Figures a member asks for in words that name a neighbouring indicator, through /api/messages of the running bot (issue 13):
/// a rate of a topic that has none gets the rate its category does print, under that indicator's own name (never as the
/// asked topic's); a share of women or men who were victims of domestic abuse is the crime survey's estimate; a name whose
/// words are split by "were" or "have been" ("homes were broken into") still names its topic.
/// </summary>
public sealed class NeighbouringFiguresNamedAsTheirOwnTests : IDisposable
{
    private readonly BotChat _bot = new("neighbouring-figures.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what is the DA rate in cambridge")]
    [InlineData("what's the rate of domestic abuse incidents per 1000 people?")]
    public async Task ARateOfATopicWithoutOne_SaysSo_AndGivesItsCategorysRateUnderItsOwnName(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("gives no rate", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("VAWG rate", said, StringComparison.Ordinal);
        Assert.Contains("15.6 per 1,000 population in Cambridge City", said, StringComparison.Ordinal);
        Assert.Contains("14.4 per 1,000 population in Cambridgeshire", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARateOfATopicWithOne_IsItsOwn_WithNoNeighbour()
    {
        var said = await _bot.PlainSaidAsync("what is the rate of hate crime");

        Assert.Contains("1.85 per 1,000 population", said, StringComparison.Ordinal);
        Assert.DoesNotContain("same category", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what percentage of women were victims of domestic abuse")]
    [InlineData("how many men are victims of domestic abuse")]
    [InlineData("how many victims of domestic abuse are there")]
    public async Task VictimsOfDomesticAbuseByGender_AreTheCrimeSurveysEstimates(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("7.5% females aged 16-59", said, StringComparison.Ordinal);
        Assert.Contains("4.3% males aged 16-59", said, StringComparison.Ordinal);
        Assert.Contains("3,000 residents", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many homes were broken into last year", "Dwelling burglary")]
    [InlineData("how many houses have been burgled?", "Dwelling burglary")]
    [InlineData("how many cars were broken into in 2017", "Vehicle crime")]
    public async Task ANameSplitByAPassiveVerb_StillNamesItsTopic(string question, string topic)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.StartsWith(topic, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the rate of violence against women and girls")]
    [InlineData("what's the VAWG rate?")]
    public async Task ARateWhosePeriodIsUnstated_IsTheRate_NeverNoRate(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("15.6 per 1,000 population (the period is not stated)", said, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no rate", said, StringComparison.Ordinal);
    }
}
