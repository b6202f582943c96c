using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Questions that must get an honest answer rather than a neighbouring one, through /api/messages of the running bot:
/// who leads a topic the assessment does not cover, "who leads it?" with nothing asked before, a definition question
/// whose words no passage defines, and a topic's word used in passing in a question about something else.
/// </summary>
public sealed class HonestAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("honest.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("who leads on robbery", "robbery")]
    [InlineData("who is responsible for tackling bike theft?", "bicycle theft")]
    [InlineData("which agency leads on vandalism", "criminal damage")]
    [InlineData("who's in charge of fraud", "fraud")]
    public async Task WhoLeads_OnATopicTheAssessmentDoesNotCover_SaysSo_AndListsNoLeads(string question, string topic)
    {
        var replies = await _bot.AskAsync(question);

        var said = Replies.Said(replies);
        Assert.Contains("has no figure or programme for " + topic, said, StringComparison.Ordinal);
        Assert.DoesNotContain("Constabulary", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Action leads", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who leads it?")]
    [InlineData("who leads that")]
    [InlineData("and who is leading on it?")]
    [InlineData("who is in charge of it?")]
    public async Task WhoLeadsIt_WithNothingAskedBefore_AsksWhichProgramme_WithAButtonEach(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains("Which programme or topic do you mean?", reply.Text, StringComparison.Ordinal);
        var buttons = Replies.SubmitData(Replies.Card(reply));
        Assert.Equal(["1.1", "1.2", "2.1", "3.1"], buttons.Select(b => (string?)b["topic"]).Order(StringComparer.Ordinal));
        Assert.All(buttons, b => Assert.Equal("leads.list", (string?)b["verb"]));
        Assert.DoesNotContain("Constabulary", Replies.Said([reply]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoLeadsIt_AButtonOfTheWhichProgrammeCard_AnswersForThatProgramme()
    {
        var reply = Assert.Single(await _bot.Host.SayAsync("who leads it?", conversationId: "which-then"));
        var button = Replies.Button([reply], "3.1 White Ribbon Campaign led by Cambridge City Council");

        var answer = Assert.Single(await _bot.Host.SendAsync(Activities.Submit(button, TestUser.Member, "which-then")));

        Assert.StartsWith("The assessment names Cambridge City Council as lead on 3.1", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who are the leads")]
    [InlineData("list the leads")]
    public async Task AllTheLeads_IsStillTheOverview(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("Cambridgeshire Constabulary", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the meaning")]
    [InlineData("what is the meaning of life")]
    [InlineData("what's the meaning of this")]
    [InlineData("define the meaning of life")]
    public async Task ADefinitionQuestionOfNoTopic_QuotesNoPassage_AndNamesNoTopic(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.DoesNotContain("The assessment says", said, StringComparison.Ordinal);
        Assert.DoesNotContain("exploitation", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("street", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("resident parking permit")]
    [InlineData("how do I apply for a resident parking permit")]
    [InlineData("residents parking permits renewal")]
    [InlineData("resident permit renewals online")]
    [InlineData("shoplifting insurance premiums")]
    public async Task ATopicsWordInPassing_InAQuestionAboutSomethingElse_IsCantAnswer(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.DoesNotContain("87,300", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi, I'm prepping for Thursday's board. What's the national trend in police recorded ASB please?", "1.7 million")]
    [InlineData("Morning! Quick question please: shoplifting in 2017? Cheers", "1,295")]
    public async Task Courtesies_AndDays_AroundATopic_DoNotMakeItAQuestionAboutSomethingElse(string question, string figure)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(figure, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopicsWordInPassing_StaysCantAnswer_WhenAskedPolitely()
    {
        var said = await _bot.SaidAsync("how do I apply for a resident parking permit please");

        Assert.Contains("can't answer", said, StringComparison.Ordinal);
        Assert.DoesNotContain("87,300", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many residents", "87,300")]
    [InlineData("how many shopliftng offences in 2017", "1,295")]
    public async Task ATopicNamedOnItsOwn_OrWithASlip_StillGetsItsFigure(string question, string figure)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(figure, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("figures for deaths from drug use in the city last year", "drug deaths")]
    [InlineData("what is the proven reoffending rate among local offenders", "reoffending")]
    [InlineData("number of road deaths in cambridge in 2017", "killed or seriously injured")]
    public async Task AnUncoveredTopic_NamedBesideAnIndicatorsWord_GetsTheNoFigureAnswer_NotTheNeighboursCard(string question, string topic)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("has no figure or programme for", said, StringComparison.Ordinal);
        Assert.Contains(topic, said, StringComparison.Ordinal);
        Assert.DoesNotContain("357 crimes", said, StringComparison.Ordinal);
        Assert.DoesNotContain("338 collisions", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheAssessmentSaysAbout_AnUncoveredTopic_IsLookedForInItsWords()
    {
        var said = await _bot.SaidAsync("does the report mention deaths from drug use at all?");

        Assert.DoesNotContain("has no figure or programme for", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNationalPicture_ShowsNationalFigures_NotCambridgeCitysOwnChange()
    {
        var said = await _bot.SaidAsync("how did shoplifting change across england and wales");

        Assert.Contains("10%", said, StringComparison.Ordinal);
        Assert.DoesNotContain("33%", said, StringComparison.Ordinal);
        Assert.DoesNotContain("1,295", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARateQuestion_ShowsTheRateAsked_NotTheSimilarAreasRate()
    {
        var said = await _bot.SaidAsync("rate of sexual offences in the city");

        Assert.Contains("2.23", said, StringComparison.Ordinal);
        Assert.DoesNotContain("2.37", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many people were killed or seriously injured on Cambridge roads?", "KSI (killed or seriously injured)", "What does KSI mean?")]
    [InlineData("what share of pupils watched the Chelsea's Choice drama", "Chelsea's Choice", "What does Chelsea's Choice mean?")]
    [InlineData("number of organised crime groups in the city", "OCG (organised crime group)", "What does OCG mean?")]
    [InlineData("how many organisations are White Ribbon accredited", "programme 3.1 White Ribbon Campaign", "Programme 3.1 White Ribbon Campaign led by Cambridge City Council")]
    public async Task AFigureOfSomethingTheAssessmentNamesButDoesNotCount_SaysSo_AndOffersWhatItHas(string question, string named, string button)
    {
        var replies = await _bot.AskAsync(question);

        var said = Replies.Said(replies);
        // The message says it once; the card says why, without repeating the message.
        Assert.StartsWith(SafetyBot.Cards.Help.NoFigureCard.Summary, said, StringComparison.Ordinal);
        Assert.Contains("The 2017/18 strategic assessment has no figure for that: it names " + named, said, StringComparison.Ordinal);
        Assert.Equal(SafetyBot.Cards.Help.NoFigureCard.Summary, replies[0].Text);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
        Assert.DoesNotContain("338", said, StringComparison.Ordinal);
        Assert.DoesNotContain(Replies.Card(replies[0]).Descendants().OfType<Newtonsoft.Json.Linq.JObject>(), o => (string?)o["type"] == "FactSet");
        Assert.NotNull(Replies.Button(replies, button));
    }

    [Fact]
    public async Task KsiFigures_SayWhatTheAssessmentHasNearest()
    {
        var said = await _bot.SaidAsync("give me the KSI stats");

        Assert.Contains("What it does have nearest: road traffic collisions (road safety)", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does KSI stand for", "Killed or seriously injured")]
    [InlineData("how many road traffic collisions were there", "338")]
    public async Task TheTermsMeaning_OrAnIndicatorsFigure_IsStillAnswered(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("has no figure for that", said, StringComparison.Ordinal);
    }
}
