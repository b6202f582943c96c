using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// Issue 13, through /api/messages of the running bot: where a topic's figures come from and what period each covers,
/// asked of a topic or of the last answer; a question about the topic itself, or about a survey, is not this.
/// </summary>
public sealed class FigureSourcesTests : IDisposable
{
    private readonly BotChat _bot = new("sources.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("Where does the VAWG rate of 15.6 come from?")]
    [InlineData("what's the source of the VAWG figure")]
    [InlineData("VAWG rate - what is it based on?")]
    public async Task WhereAFigureComesFrom_NamesItsSourceAndPublication(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));
        var text = Replies.AllText(reply);

        Assert.StartsWith("VAWG rate", reply.Text, StringComparison.Ordinal);
        Assert.Contains("2017 VAWG Needs Assessment", text, StringComparison.Ordinal);
        Assert.Contains("Domestic Abuse and Sexual Violence Partnership annual report 2017", text, StringComparison.Ordinal);
        Assert.Contains("15.6", text, StringComparison.Ordinal);
        Assert.Contains("period not stated", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what data sources does the assessment use for violence?")]
    [InlineData("where does the violence data come from")]
    [InlineData("which datasets is the violence with injury section based on?")]
    public async Task TheSourcesOfATopic_NameThoseItsSectionDrawsOnBeyondItsFigures(string question)
    {
        var text = Replies.AllText(Assert.Single(await _bot.AskAsync(question)));

        Assert.Contains("Police recorded crime", text, StringComparison.Ordinal);
        Assert.Contains("Crime Survey for England and Wales", text, StringComparison.Ordinal);
        Assert.Contains("Addenbrooke's A&E", text, StringComparison.Ordinal);
        Assert.Contains("SafetyBot holds no figures from them", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where does the figure come from")]
    [InlineData("where do the numbers come from?")]
    public async Task WhereTheFiguresComeFrom_WithNothingAskedBefore_ListsTheSourcesCited_NeverQuotesAPassage(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.StartsWith("Sources the assessment cites", said, StringComparison.Ordinal);
        Assert.DoesNotContain("The assessment says", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopicWithOnlyAChart_NamesWhereTheChartComesFrom_NotNoSource()
    {
        var text = Replies.AllText(Assert.Single(await _bot.AskAsync("where do the A&E assault attendance figures come from?")));

        Assert.Contains("no figures", text, StringComparison.Ordinal);
        Assert.Contains("Addenbrooke's Hospital", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no source to name", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatPeriodAFigureIsFor_GivesEachFiguresPeriodAsPrinted()
    {
        var reply = Assert.Single(await _bot.AskAsync("What period is the road safety figure for, and what is it compared against?"));
        var text = Replies.AllText(reply);

        Assert.Contains("338", text, StringComparison.Ordinal);
        Assert.Contains("July 16 to June 17", text, StringComparison.Ordinal);
        Assert.Contains("July 15 to Jun 16", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereThatComesFrom_AfterAnAnswer_IsAboutTheLastTopic()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how has dwelling burglary changed", conversation);
        var reply = Assert.Single(await _bot.AskAsync("where does that data come from?", conversation));

        Assert.StartsWith("Dwelling burglary", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Police recorded crime", Replies.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereItComesFrom_WithNothingAskedBefore_ListsTheSourcesCited()
    {
        var reply = Assert.Single(await _bot.AskAsync("where do these figures come from?"));

        Assert.Contains("Domestic Abuse and Sexual Violence Partnership", Replies.AllText(reply), StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhereATopicItselfComesFrom_IsNotAboutItsFigures()
    {
        var reply = Assert.Single(await _bot.AskAsync("where do county lines gangs come from?"));

        Assert.DoesNotContain("Where the figures come from", reply.Attachments is { Count: > 0 } ? Replies.AllText(reply) : reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhereItsPeopleComeFrom_AfterAnAnswer_IsAboutTheTopic_NotItsFigures()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("modern slavery in 2017", conversation);
        var reply = Assert.Single(await _bot.AskAsync("where do victims come from?", conversation));
        var said = reply.Attachments is { Count: > 0 } ? Replies.AllText(reply) : reply.Text;

        Assert.DoesNotContain("Where the figures come from", said, StringComparison.Ordinal);
        Assert.Contains("Eastern Europe", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheSourcesCard_ButtonAsksHowTheTopicChanged()
    {
        var reply = Assert.Single(await _bot.Host.SayAsync("where do the shoplifting figures come from"));
        Assert.Contains(Replies.SubmitData(Replies.Card(reply)), d => (string?)d["verb"] == "indicator.change" && (string?)d["topic"] == "shoplifting");
        var change = Assert.Single(await _bot.Host.SendAsync(Activities.Submit(new { verb = "indicator.change", topic = "shoplifting" }, TestUser.Member)));

        Assert.StartsWith("Shoplifting", change.Text, StringComparison.Ordinal);
        Assert.Contains("crimes", change.Text, StringComparison.Ordinal);
    }
}
