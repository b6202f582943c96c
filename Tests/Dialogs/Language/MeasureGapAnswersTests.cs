using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Measures the assessment gives for no topic (a detection rate, arrests, convictions, hospital admissions, deaths, people
/// identified or counted), and the whole city asked of a topic it gives only for the extended city centre, asked of topics it covers, through /api/messages of the running bot (issue 13): the answer says it
/// has no such figure, offers the topic's card as a button, and never shows the topic's figures as if they answered.
/// </summary>
public sealed class MeasureGapAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("measure-gaps.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what's the detection rate for shoplifting?", "no figure for detection or charge rate, for shoplifting", "shoplifting")]
    [InlineData("how many vehicle crimes were solved last year", "no figure for detection or charge rate, for vehicle crime", "vehicle-crime")]
    [InlineData("number of arrests for drug offences in 2017", "no figure for arrests, for drugs", "drugs")]
    [InlineData("how many people were convicted of burglary?", "no figure for convictions or prosecutions, for dwelling burglary", "dwelling-burglary")]
    [InlineData("how many hospital admissions were there for alcohol", "no figure for hospital admissions, for alcohol related incidents", "alcohol")]
    [InlineData("how many victims of modern slavery have been rescued", "no figure for victims, addresses or cases identified, for modern slavery", "modern-slavery")]
    [InlineData("how many homeless people are there in the city centre?", "no figure for numbers of people, for street-life asb", "asb-begging-homeless")]
    public async Task AMeasureTheAssessmentDoesNotGive_SaysSo_AndOffersTheTopicsCard(string question, string expected, string topic)
    {
        var replies = await _bot.AskAsync(question);

        var reply = Assert.Single(replies);
        Assert.Contains(expected, Replies.AllText(reply), StringComparison.OrdinalIgnoreCase);
        Assert.False(AnswerJudge.IsFigureCard(Replies.Card(reply)));
        Assert.Single(Replies.SubmitData(Replies.Card(reply)), b => (string?)b["verb"] == "indicator.change" && (string?)b["topic"] == topic);
    }

    [Fact]
    public async Task DeathsAsked_SayTheAssessmentHasNoCountForTheCity_AndQuoteTheOneDeathsFigureItPrints_WithItsAreaAndPeriod()
    {
        var reply = Assert.Single(await _bot.AskAsync("how many teenagers died in cambridge last year?"));

        var text = Replies.AllText(reply);
        Assert.Contains("no figure for deaths in Cambridge City", text, StringComparison.Ordinal);
        Assert.Contains("42 deaths of young people aged 19 and under", text, StringComparison.Ordinal);
        Assert.Contains("2008", text, StringComparison.Ordinal);
        Assert.False(AnswerJudge.IsFigureCard(Replies.Card(reply)));
    }

    [Theory]
    [InlineData("how many murders were there in Cambridge in 2017", "homicide")]
    [InlineData("mental health incidents dealt with by police last year?", "mental health incidents")]
    [InlineData("how many MARAC cases were heard in 2017?", "MARAC cases")]
    public async Task TopicsTheAssessmentHasNoFiguresFor_SaySo_WithNoCard(string question, string name)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains($"has no figure or programme for {name}", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many begging incidents were there across the whole city?")]
    [InlineData("street-life ASB outside the city centre in q1")]
    [InlineData("homeless ASB for the rest of Cambridge, not just the city centre")]
    public async Task APartOfTheCitysTopic_AskedOfTheWholeCity_SaysItIsGivenOnlyForThatPart_AndOffersItsCard(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains("only for the extended city centre: it has no figure for the whole city", Replies.AllText(reply), StringComparison.Ordinal);
        Assert.False(AnswerJudge.IsFigureCard(Replies.Card(reply)));
        Assert.Single(Replies.SubmitData(Replies.Card(reply)), b => (string?)b["verb"] == "indicator.change" && (string?)b["topic"] == "asb-begging-homeless");
    }

    [Fact]
    public async Task ATopicGivenForTheWholeCity_AskedOfTheWholeCity_IsAnswered()
    {
        var said = await _bot.TextAsync("ASB across the whole city in 2017");

        Assert.Contains("4601", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how has shoplifting changed", "1295")]
    [InlineData("How reliable are the 2017 rates - are they actual or projected?", "projected")]
    [InlineData("how many young people died in 2008?", "42")]
    [InlineData("What actions have been identified for improvement in 2018 on county lines?", "timely data sharing")]
    [InlineData("is the CSEW better for serious crimes like homicide", "police recorded crime")]
    public async Task QuestionsTheAssessmentDoesAnswer_AreNotTurnedIntoMeasureGaps(string question, string expected)
    {
        var replies = await _bot.AskAsync(question);

        Assert.Contains(expected, AnswerText.Of(replies), StringComparison.OrdinalIgnoreCase);
    }
}
