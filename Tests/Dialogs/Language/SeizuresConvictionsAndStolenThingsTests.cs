using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Counts of what police did after a crime (seizures, convictions) and of things stolen, asked through /api/messages of
/// the running bot: the assessment counts crimes, so it says it has no such figure (with the one national seizures figure it
/// quotes as context), never a topic's crime count as if it answered; "stolen" alone is any theft's word, not vehicle
/// crime's; and a measure's word is never taken for a slip of a topic's word ("convictions" is not "conditions").
/// </summary>
public sealed class SeizuresConvictionsAndStolenThingsTests : IDisposable
{
    private readonly BotChat _bot = new("seizures.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many knives were seized", "weapon involved")]
    [InlineData("how many weapons were confiscated last year", "weapon involved")]
    [InlineData("number of drugs seized in cambridge", "drugs (including county lines)")]
    [InlineData("how many knives were handed in?", "weapon involved")]
    public async Task ACountOfSeizures_SaysTheAssessmentHasNone_WithTheNationalFigureItQuotes_AndNoFigureCard(string question, string topic)
    {
        var replies = await _bot.AskAsync(question);
        var text = Replies.Said(replies).ToLowerInvariant();

        Assert.Contains("gives no figure for seizures or recoveries", text, StringComparison.Ordinal);
        Assert.Contains("for " + topic + " or any other topic", text, StringComparison.Ordinal);
        Assert.Contains("-6% drug seizures by police forces and uk border force", text, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many convictions for domestic abuse")]
    [InlineData("number of convictions for domestic abuse in 2017?")]
    public async Task ConvictionsForATopicOfTwoIndicators_SaysThereIsNoSuchFigure_NotWhichTopic(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = Replies.Said(replies).ToLowerInvariant();

        Assert.Contains("gives no figure for convictions or prosecutions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", text, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many drapes were stolen")]
    [InlineData("how many garden gnomes were stolen in 2017?")]
    public async Task ThingsStolen_TheAssessmentNeverNames_AreNotVehicleCrime(string question)
    {
        var replies = await _bot.AskAsync(question);

        Assert.DoesNotContain("vehicle crime", Replies.Said(replies), StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("how many people got their phones stolen")]
    [InlineData("how many mobile phones were stolen in 2017?")]
    [InlineData("number of phones snatched last year")]
    public async Task PhonesStolen_AreNoCountOfTheirOwn_AndTheftFromThePersonIsSaidToCountCrimes(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("gives no figure for phones or other things stolen", said, StringComparison.Ordinal);
        Assert.Contains("The nearest figure it prints: 443 theft from the person crimes in 2017, a count of crimes, not of phones or other things stolen.", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task WalletsStolen_AreNoCountOfTheirOwn_WithNoTopicsFigureTakenForThem()
    {
        var replies = await _bot.AskAsync("how many wallets were stolen");

        Assert.Contains("gives no figure for phones or other things stolen", Replies.Said(replies), StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task PhoneSnatchingCrimes_AreTheftFromThePersonsFigure()
    {
        var text = await _bot.TextAsync("how many phone snatching crimes were there in 2017");

        Assert.Contains("443", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no figure", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many cars were stolen")]
    [InlineData("stolen vehicles 2017")]
    public async Task StolenCarsOrVehicles_AreStillVehicleCrime(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("vehicle crime", text, StringComparison.Ordinal);
        Assert.Contains("264", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many fatalities nationally from knives")]
    [InlineData("number of knife fatalities in 2017?")]
    public async Task FatalitiesFromKnives_AreDeaths_NotRoadCasualties(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = Replies.Said(replies).ToLowerInvariant();

        Assert.Contains("gives no figure for deaths", text, StringComparison.Ordinal);
        Assert.Contains("deaths of young people aged 19 and under", text, StringComparison.Ordinal);
        Assert.DoesNotContain("killed or seriously injured", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many road fatalities were there")]
    [InlineData("traffic fatalities in cambridge")]
    public async Task RoadFatalities_AreStillTheRoadCasualtiesTheAssessmentDoesNotCover(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("killed or seriously injured", text, StringComparison.Ordinal);
    }
}
