using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Prose questions through /api/messages of the running bot: why, a bare "why?" after a figure, who leads (the agency
/// the assessment names and SafetyBot's action leads in one answer), when, what is, who wrote it, survey estimates;
/// figure questions keep the figure card and questions the assessment cannot answer get the honest reply.
/// </summary>
public sealed class PassageQuestionTests : IDisposable
{
    private readonly BotChat _bot = new("passages.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task Why_AfterAFigure_QuotesTheAssessmentsReasonForThatTopic()
    {
        var conversation = _bot.NewConversation();
        var figure = await _bot.SaidAsync("how many domestic violence offences in 2017", conversation);
        var why = await _bot.AskAsync("why?", conversation);

        Assert.Contains("1,113", figure, StringComparison.Ordinal);
        var said = Replies.Said(why);
        Assert.Contains("The assessment says", said, StringComparison.Ordinal);
        Assert.Contains("Domestic violence offences", said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyIsShopliftingUp_IsAnsweredFromTheAssessmentsWords_NotTheFigureCard()
    {
        var said = await _bot.SaidAsync("why is shoplifting up?");

        Assert.Contains("The assessment says", said, StringComparison.Ordinal);
        Assert.Contains("Shoplifting", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoLeadsOnCountyLines_NamesTheConstabularyAndTheActionLeadsInOneAnswer()
    {
        var reply = Assert.Single(await _bot.AskAsync("Who leads on County Lines?"));

        Assert.StartsWith("The assessment names Cambridgeshire Constabulary as lead on Support the County Lines multiagency work", reply.Text, StringComparison.Ordinal);
        Assert.Contains("in SafetyBot, none of the 5 actions for 1.1 has a lead yet", reply.Text, StringComparison.Ordinal);
        var card = Replies.Texts(Replies.Card(reply));
        Assert.Contains("Named in the assessment", card);
        Assert.Contains("Action leads in SafetyBot", card);
    }

    [Fact]
    public async Task WhoLeadsIt_AfterWhiteRibbon_NamesCambridgeCityCouncil()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("tell me about the White Ribbon campaign", conversation);
        var reply = Assert.Single(await _bot.AskAsync("who leads it?", conversation));

        Assert.StartsWith("The assessment names Cambridge City Council as lead on 3.1 White Ribbon Campaign", reply.Text, StringComparison.Ordinal);
        Assert.Contains("3.1-a", Replies.Said([reply]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when was the White Ribbon accreditation", "14th February 2017")]
    [InlineData("When was the Coercive Control Conference?", "22")]
    [InlineData("Who wrote this assessment?", "Cambridgeshire Research Group")]
    [InlineData("What does the Commercial Victimisation Survey show?", "13,000")]
    [InlineData("what is the task and finish group for?", "exploitation of adults")]
    public async Task ProseQuestions_QuoteThePassageThatAnswersThem(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureQuestion_KeepsTheFigureCard()
    {
        var reply = Assert.Single(await _bot.AskAsync("how many shoplifting offences in 2017"));

        Assert.StartsWith("Shoplifting, 2017: 1,295 crimes", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARecommendationOnATopicSeveralIndicatorsShare_IsAnsweredFromThePassages_NotWhichOne()
    {
        var said = await _bot.SaidAsync("What does the assessment recommend on domestic abuse?");

        Assert.Contains("The assessment says", said, StringComparison.Ordinal);
        Assert.Contains("domestic abuse", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Which one?", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("which new sub-category was added under violence against the person?", "illegal driving")]
    [InlineData("what period does the crime survey data cover compared with police data?", "September 2017")]
    public async Task AProseQuestionTheNamedTopicsPassagesDoNotAnswer_IsLookedForAcrossTheAssessment(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("doesn't say anything", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("list the domestic abuse interventions", "Chelsea's Choice")]
    [InlineData("which campaigns did the partnership run on domestic abuse", "White Ribbon")]
    [InlineData("what were the outcomes for DA", "Coercive Control")]
    [InlineData("what was done about violence against the person last year", "County Lines")]
    public async Task WhatWasDoneAboutATopic_ListsEveryInterventionAndOutcomeOfTheProgrammeThatTookItOn(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("What the 2017/18 review found", said, StringComparison.Ordinal);
        Assert.Contains(expected, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatCouldBeDone_IsStillTheOpportunities_NotTheReview()
    {
        var said = await _bot.SaidAsync("what interventions could tackle violence with injury");

        Assert.DoesNotContain("What the 2017/18 review found", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the bitcoin price")]
    [InlineData("what's your favourite colour?")]
    [InlineData("how many police officers are there")]
    [InlineData("what is the crime rate in London")]
    [InlineData("what's 17 times 23")]
    public async Task AQuestionTheAssessmentDoesNotAnswer_GetsTheHonestCantAnswer(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what are we advised to do on domestic abuse?", "White Ribbon")]
    [InlineData("what's behind the national increase in hate crime", "terrorist attacks")]
    [InlineData("how is anti-social behaviour measured in the crime survey", "past year")]
    [InlineData("who checked the figures for the assessment", "Cambridgeshire Research Group")]
    public async Task ProseFamilies_AreAnsweredFromThePassageThatHoldsTheAnswer(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsThatTheRealLevel_AfterAFigure_QuotesWhatTheAssessmentSaysAboutUnderreporting()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many cybercrimes in 2017", conversation);
        var said = await _bot.SaidAsync("is that the true level?", conversation);

        Assert.Contains("underreporting", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the report recommend on domestic abuse?", "3.1 White Ribbon Campaign")]
    public async Task ARecommendationForATopic_NamesTheRecommendedProgrammeItIsEvidenceFor(string question, string programme)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(programme, said, StringComparison.Ordinal);
        Assert.Contains("SafetyBot shows", said, StringComparison.Ordinal);
    }
}
