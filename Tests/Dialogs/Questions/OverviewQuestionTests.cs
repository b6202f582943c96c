using Newtonsoft.Json.Linq;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// The answers that are not about one topic, through /api/messages of the running bot: biggest
/// risers and fallers, key findings, the glossary, caveats, and the city-wide comparison,
/// national picture and quarters. Figures checked against the assessment's scanning table.
/// </summary>
public sealed class OverviewQuestionTests : IDisposable
{
    private readonly BotChat _bot = new("overviews.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task BiggestRisers_NameBusinessCrimeUp44PerCent_WithChartAndTheSameNumbersInText()
    {
        var reply = Assert.Single(await _bot.AskAsync("biggest risers"));

        Assert.Equal("Biggest risers, 2017 on 2016 (per cent change): cybercrime +53%, business crime +44%, dwelling burglary +43%.", reply.Text);
        var card = Replies.Card(reply);
        var texts = Replies.Texts(card);
        Assert.Contains("▲ +44% (worse) · 2,297 crimes, +699", texts);
        Assert.Contains("▲ +53% (worse) · 90 crimes, +31", texts);
        Assert.Contains("▲ +30% (worse) · +264; no volume given", texts);
        Assert.Contains("Chart.HorizontalBar", Replies.ElementTypes(card));
        Assert.Contains("FactSet", Replies.ElementTypes(card));
        var bar = card.Descendants().OfType<JObject>().Single(o => (string?)o["x"] == "Business crime");
        Assert.Equal(44d, (double)bar["y"]!);
        Assert.Equal("attention", (string?)bar["color"]);
        Assert.Contains(Replies.SubmitData(card), d => (string?)d["verb"] == "indicator.change" && (string?)d["topic"] == "business-crime");
    }

    [Fact]
    public async Task BiggestFalls_FollowEachTopicsBetterDirection()
    {
        var reply = Assert.Single(await _bot.AskAsync("which crimes have gone down the most"));

        Assert.Equal("Biggest fallers, 2017 on 2016 (per cent change): drugs -24%, alcohol related incidents -7%, anti-social behaviour -3%.", reply.Text);
        var card = Replies.Card(reply);
        Assert.Contains("▼ -24% (better) · 357 crimes, -112", Replies.Texts(card));
        Assert.Contains("▼ -3% (worse) · 1,873 incidents, -62", Replies.Texts(card));
        var daBar = card.Descendants().OfType<JObject>().Single(o => (string?)o["x"] == "Domestic abuse incidents");
        Assert.Equal("attention", (string?)daBar["color"]);
        var drugsBar = card.Descendants().OfType<JObject>().Single(o => (string?)o["x"] == "Drugs");
        Assert.Equal("good", (string?)drugsBar["color"]);
    }

    [Fact]
    public async Task RisersAndFallers_ShowsBoth_AndTheOtherDirectionButtonWorks()
    {
        var both = Assert.Single(await _bot.Host.SayAsync("biggest risers and fallers", conversationId: "movers"));
        var risers = Assert.Single(await _bot.Host.SayAsync("biggest risers", conversationId: "movers"));
        var fallersButton = Replies.SubmitData(Replies.Card(risers)).Single(d => (string?)d["verb"] == "movers");
        var clicked = Assert.Single(await _bot.Host.SendAsync(Activities.Submit(fallersButton, TestUser.Member)));

        Assert.Contains("cybercrime +53%", both.Text, StringComparison.Ordinal);
        Assert.Contains("biggest fallers: drugs -24%", both.Text, StringComparison.Ordinal);
        Assert.Equal("down", (string?)fallersButton["direction"]);
        Assert.StartsWith("Biggest fallers", clicked.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatDoesMsgMean_GivesTheTerm_AndAButtonToTheComparison()
    {
        var reply = Assert.Single(await _bot.AskAsync("what does MSG mean"));

        Assert.StartsWith("MSG (Most similar group): The group of 15 areas that iQuanta judges most similar to Cambridge City.", reply.Text, StringComparison.Ordinal);
        var card = Replies.Card(reply);
        Assert.Contains("Most similar group", Replies.Texts(card));
        Assert.Contains(Replies.SubmitData(card), d => (string?)d["verb"] == "indicator.compare" && d["topic"] is null);
    }

    [Fact]
    public async Task UnknownGlossaryTerm_ListsTheKnownTerms()
    {
        var reply = Assert.Single(await _bot.Host.SendAsync(Activities.Submit(new { verb = "glossary", topic = "*zzz*" }, TestUser.Member)));

        Assert.StartsWith("I don't know the term \"*zzz*\".", reply.Text, StringComparison.Ordinal);
        var text = Replies.AllText(reply);
        Assert.Contains("\\*zzz\\*", text, StringComparison.Ordinal);
        Assert.Contains("Crime Survey for England and Wales", text, StringComparison.Ordinal);
        Assert.Contains("Most similar group", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyPoliceFiguresAndTheCrimeSurveyDisagree_GivesTheTwoDatasetsFindingAndTheCaveats()
    {
        var reply = Assert.Single(await _bot.AskAsync("why do police figures and the crime survey disagree"));

        Assert.Contains("The two key national datasets used tell a slightly different story.", reply.Text, StringComparison.Ordinal);
        var text = Replies.AllText(reply);
        Assert.Contains("CSEW reports more consistently on less serious violence over time", text, StringComparison.Ordinal);
        Assert.Contains("No 2017 volume for vehicle crime", text, StringComparison.Ordinal);
        Assert.Contains("Domestic abuse incidents: fall in the table, rise in the text", text, StringComparison.Ordinal);
        Assert.Contains("Show more", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowDoWeCompareWithSimilarAreas_ListsEveryRankWithOurRateAgainstTheAverage()
    {
        var reply = Assert.Single(await _bot.AskAsync("how do we compare with similar areas"));

        Assert.StartsWith("Cambridge City against its most similar group (12 months to November 2017): above the average rate for", reply.Text, StringComparison.Ordinal);
        Assert.Contains("dwelling burglary (rank 7 out of 15)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("below it for drugs (rank 9 out of 15), violence with injury (rank 14 out of 15)", reply.Text, StringComparison.Ordinal);
        var card = Replies.Card(reply);
        Assert.Contains("7 out of 15 · 3.73 against 3.45 per 1,000 households · above average", Replies.Texts(card));
        Assert.Contains("14 out of 15 · 6.15 against 7.96 per 1,000 population · below average", Replies.Texts(card));
        Assert.Contains("Chart.HorizontalBar", Replies.ElementTypes(card));
        var bar = card.Descendants().OfType<JObject>().Single(o => (string?)o["x"] == "Dwelling burglary");
        Assert.Equal(7d, (double)bar["y"]!);
    }

    [Fact]
    public async Task HelpCardCompareButton_WithoutTopic_GetsTheOverview()
    {
        var reply = Assert.Single(await _bot.Host.SendAsync(Activities.Submit(new { verb = "indicator.compare" }, TestUser.Member)));

        Assert.StartsWith("Cambridge City against its most similar group", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NationalPicture_WithoutTopic_GivesTheFiguresAcrossTopics()
    {
        var reply = Assert.Single(await _bot.AskAsync("national picture"));

        Assert.Contains("shoplifting +10% (year ending September 2017)", reply.Text, StringComparison.Ordinal);
        var text = Replies.AllText(reply);
        Assert.Contains("1,700,000 incidents", text, StringComparison.Ordinal);
        Assert.Contains("37,443 crimes", text, StringComparison.Ordinal);
        Assert.Contains(Replies.SubmitData(Replies.Card(reply)), d => (string?)d["verb"] == "indicator.national" && (string?)d["topic"] == "dwelling-burglary");
    }

    [Fact]
    public async Task QuarterlyFigures_WithoutTopic_GivesViolenceAndStreetLifeAsb()
    {
        var reply = Assert.Single(await _bot.AskAsync("quarterly figures"));

        Assert.Contains("Violence without injury 1,613 crimes in 2017/18 year to date to Q3 (1,378 a year before)", reply.Text, StringComparison.Ordinal);
        var card = Replies.Card(reply);
        var texts = Replies.Texts(card);
        Assert.Contains("+235 (derived)", texts);
        Assert.Contains("560", texts);
        Assert.Contains("Street-life ASB: begging and homeless, Extended city centre", texts);
        Assert.Contains("Chart.VerticalBar.Grouped", Replies.ElementTypes(card));
    }

    [Fact]
    public async Task KeyFindings_GivesFindingsTrendsAndRecommendations_LongPartsBehindShowMore()
    {
        var reply = Assert.Single(await _bot.AskAsync("key findings"));

        Assert.StartsWith("Key findings of the 2017/18 strategic assessment, with its emerging local trends", reply.Text, StringComparison.Ordinal);
        var card = Replies.Card(reply);
        var text = Replies.AllText(reply);
        Assert.Contains("Emerging local trends", text, StringComparison.Ordinal);
        Assert.Contains("Recommendations", text, StringComparison.Ordinal);
        Assert.Contains("Police recorded violence continues to increase.", text, StringComparison.Ordinal);
        Assert.Contains("Action.ToggleVisibility", Replies.ElementTypes(card));
    }
}
