using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>The example questions of the brief, through /api/messages of the running bot, follow-ups included.</summary>
public sealed class IndicatorQuestionTests : IDisposable
{
    private readonly BotChat _bot = new("questions.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task DwellingBurglaryChange_NamesTopicFigureAndPeriod_AndTheCardHasTheFigures()
    {
        var reply = Assert.Single(await _bot.AskAsync("how has dwelling burglary changed"));

        Assert.Equal("Dwelling burglary, 2017: 647 crimes, up 193 (43%) on the previous year.", reply.Text);
        var card = Replies.Card(reply);
        var text = Replies.AllText(reply);
        Assert.Contains("647", text, StringComparison.Ordinal);
        Assert.Contains("▲ up 193 (43%)", text, StringComparison.Ordinal);
        Assert.Contains("0.87", text, StringComparison.Ordinal);
        Assert.Contains("1.21", text, StringComparison.Ordinal);
        Assert.Contains("Ranked 7 of 15", text, StringComparison.Ordinal);
        Assert.Contains("3.73 against 3.45 per 1,000 households", text, StringComparison.Ordinal);
        Assert.Contains("Source:", text, StringComparison.Ordinal);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains(Replies.SubmitData(card), d => (string?)d["verb"] == "indicator.compare" && (string?)d["topic"] == "dwelling-burglary");
    }

    [Fact]
    public async Task RisingBurglary_IsPaintedAsWorse()
    {
        var card = Replies.Card(Assert.Single(await _bot.AskAsync("are break-ins going up")));

        var cue = card.Descendants().OfType<Newtonsoft.Json.Linq.JObject>().First(o => ((string?)o["text"])?.StartsWith('▲') == true);
        Assert.Equal("attention", ((string?)cue["color"])?.ToLowerInvariant());
    }

    [Fact]
    public async Task RisingDomesticAbuseRecording_IsNotPaintedRed()
    {
        var card = Replies.Card(Assert.Single(await _bot.AskAsync("domestic violence offences")));

        var cue = card.Descendants().OfType<Newtonsoft.Json.Linq.JObject>().First(o => ((string?)o["text"])?.StartsWith('▲') == true);
        Assert.Equal("good", ((string?)cue["color"])?.ToLowerInvariant());
    }

    [Fact]
    public async Task ShopliftingVolume_In2017()
    {
        var reply = Assert.Single(await _bot.AskAsync("how many shoplifting offences in 2017"));

        Assert.Equal("Shoplifting, 2017: 1,295 crimes, up 323 (33%) on the previous year.", reply.Text);
    }

    [Fact]
    public async Task VehicleCrime_HasNoVolume_AndTheGapIsSaid()
    {
        var reply = Assert.Single(await _bot.AskAsync("how has vehicle crime changed"));

        Assert.Equal("Vehicle crime, 2017: up 264 (30%) on the previous year; the assessment gives no volume.", reply.Text);
        Assert.Contains("No volume", Replies.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BurglaryRate_Per100Dwellings()
    {
        var reply = Assert.Single(await _bot.AskAsync("burglary rate per 100 dwellings"));

        Assert.Equal("Dwelling burglary rate, 2017: 1.21 per 100 dwellings (0.87 in 2016).", reply.Text);
    }

    [Fact]
    public async Task ViolenceWithoutInjuryInQ2_ShowsTheQuarterAgainstTheYearBefore()
    {
        var reply = Assert.Single(await _bot.AskAsync("violence without injury in Q2"));
        var text = Replies.AllText(reply);

        Assert.Contains("560", text, StringComparison.Ordinal);
        Assert.Contains("461", text, StringComparison.Ordinal);
        Assert.Contains("Chart.VerticalBar.Grouped", Replies.ElementTypes(Replies.Card(reply)));
    }

    [Fact]
    public async Task YearToDate_ShowsTheYearToDateAgainstTheYearBefore()
    {
        var reply = Assert.Single(await _bot.AskAsync("violence without injury year to date 2017/18"));

        Assert.Contains("1,613", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1,378", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DomesticAbuseMarkersSince2012_IsALineChartWithTheNumbersInText()
    {
        var reply = Assert.Single(await _bot.AskAsync("domestic abuse markers since 2012"));

        Assert.StartsWith("Domestic violence offences", reply.Text, StringComparison.Ordinal);
        Assert.Contains("from 462 to 1,113", reply.Text, StringComparison.Ordinal);
        var card = Replies.Card(reply);
        Assert.Contains("Chart.Line", Replies.ElementTypes(card));
        foreach (var figure in new[] { "462", "506", "689", "736", "1,010", "1,113" })
        {
            Assert.Contains(figure, Replies.Texts(card));
        }
    }

    [Fact]
    public async Task FollowUps_CarryTheTopicAndTheKindOfQuestion()
    {
        var conversation = _bot.NewConversation();
        var first = Assert.Single(await _bot.AskAsync("how has shoplifting changed", conversation));
        var second = Assert.Single(await _bot.AskAsync("and how does that compare with similar areas?", conversation));
        var third = Assert.Single(await _bot.AskAsync("what about vehicle crime?", conversation));

        Assert.StartsWith("Shoplifting, 2017", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Shoplifting compared with similar areas", second.Text, StringComparison.Ordinal);
        Assert.Contains("ranked 4 of 15", second.Text, StringComparison.Ordinal);
        Assert.StartsWith("Vehicle crime compared with similar areas", third.Text, StringComparison.Ordinal);
        Assert.Contains("ranked 5 of 15", third.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardButton_ReachesTheSameHandlerAsTypedText()
    {
        var typed = Assert.Single(await _bot.Host.SayAsync("how does dwelling burglary compare with similar areas"));
        var clicked = Assert.Single(await _bot.Host.SendAsync(Activities.Submit(new { verb = "indicator.compare", topic = "dwelling-burglary" }, TestUser.Member)));

        Assert.Equal(typed.Text, clicked.Text);
    }

    [Fact]
    public async Task AmbiguousTopic_AsksWhichWithButtons()
    {
        var replies = await _bot.AskAsync("how has domestic abuse changed");
        var reply = replies[0];

        Assert.Equal(3, replies.Count);
        var topics = Replies.SubmitData(Replies.Card(reply)).Select(d => (string?)d["topic"]).ToList();
        Assert.Contains("domestic-violence-offences", topics);
        Assert.Contains("domestic-abuse-incidents", topics);
    }

    [Fact]
    public async Task UnknownQuestion_IsAnsweredHonestly_AndRecordedWithoutIdentity()
    {
        var reply = Assert.Single(await _bot.AskAsync("how many foxes live in cambridge"));

        Assert.StartsWith("Sorry, I can't answer that", reply.Text, StringComparison.Ordinal);
        var log = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SafetyBot.Knowledge.Questions.IUnansweredQuestionLog>(_bot.Host.Services);
        var recorded = Assert.Single(await log.RecentAsync(10));
        Assert.Equal("how many foxes live in cambridge", recorded.Text);
    }
}
