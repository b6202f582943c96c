using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Prose questions whose ask decides the answer, through /api/messages of the running bot: what something is for, when an event
/// was held, when the assessment was published, whether something has been analysed, where in the county, what the priorities
/// should be like, what the ONS says, and advice asked of the conversation's topic. Each is answered with the assessment's own
/// sentence, not "can't answer", a programme's card, the national picture or "not Cambridgeshire's figures".
/// </summary>
public sealed class ProseAskOverTopicWordsTests : IDisposable
{
    private readonly BotChat _bot = new("prose-ask.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What is the task and finish group set up to do?", "exploitation of adults")]
    [InlineData("what's the purpose of the task and finish group?", "exploitation of adults")]
    [InlineData("what is the task and finish group meant to achieve?", "exploitation of adults")]
    [InlineData("What is the toolkit being developed by the T&F group for?", "toolkit and pathway")]
    [InlineData("what's the aim of the toolkit the task and finish group is drawing up?", "toolkit and pathway")]
    public async Task WhatSomethingIsFor_IsAnsweredWithTheSentenceDescribingIt(string question, string quoted)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(quoted, said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When was the Coercive Control Conference held?")]
    [InlineData("when did the coercive control conference take place?")]
    [InlineData("what date was the coercive control conference hosted?")]
    public async Task WhenAnEventWasHeld_IsAnsweredWithItsDate(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("22 June 2017", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when was the assessment published?")]
    [InlineData("when did this report come out?")]
    public async Task WhenTheAssessmentWasPublished_IsAnsweredWithItsVersionAndMonth(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("December 2017", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenWasItPublished_AfterWhoWroteTheAssessment_IsAnsweredWithItsVersionAndMonth()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("Who authored this assessment?", conversation);

        var said = await _bot.PlainSaidAsync("when was it published?", conversation);

        Assert.Contains("December 2017", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Has the night-time economy violence been analysed?")]
    [InlineData("has violence in the night-time economy been looked into?")]
    [InlineData("has NTE violence been investigated yet?")]
    public async Task WhetherSomethingHasBeenAnalysed_QuotesTheAssessmentOnWhatItHasNotExplored_NotTheProgrammesCard(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("not been explored", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Where in the county does trafficking intelligence mostly point?")]
    [InlineData("which part of the county do human trafficking offences mainly happen in?")]
    public async Task WhereInTheCounty_IsAnsweredFromTheAssessmentsWords_NotAsAnotherArea(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("north of the county", said, StringComparison.Ordinal);
        Assert.DoesNotContain("not cambridgeshire's", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("What does the countywide structure for DA involve and should the CSP take part?")]
    [InlineData("should the partnership take part in the countywide work on domestic abuse?")]
    public async Task ACountywideStructureAndWhetherToJoinIt_QuotesTheRecommendation_NotWhichIndicator(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("violence against women and girls", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the assessment say about number plate recognition cameras?")]
    [InlineData("number plate recognition cameras in the city?")]
    [InlineData("does Cambridge have any ANPR cameras?")]
    public async Task NumberPlateCameras_AreAnsweredFromTheAssessmentsWords_NotReadAsACount(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("no number plate recognition cameras", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What should the CSP do on domestic abuse at county level?")]
    [InlineData("what does the assessment recommend for domestic abuse across the county?")]
    public async Task WhatToDoAtCountyLevel_QuotesTheRecommendationOnTheCountywideWork(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("countywide", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the burglary rate in cambridgeshire?")]
    [InlineData("burglary in the county")]
    public async Task ACountyFigure_IsStillSaidNotToBeCovered(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("not cambridgeshire's", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("What sort of work should the partnership priorities reflect?")]
    [InlineData("what kind of work should our priorities be?")]
    public async Task WhatThePrioritiesShouldBeLike_QuotesTheRecommendation_NotTheListOfPriorities(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("not business as usual", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the ONS say police recorded crime is better at measuring?")]
    [InlineData("according to the ONS, what is police recorded crime a better measure of?")]
    public async Task WhatTheOnsSays_QuotesItsWords_NotTheNationalPictureTopicByTopic(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("low volume offences", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What range has the CSEW ASB experience measure stayed in?")]
    [InlineData("has the share of people experiencing ASB in the crime survey stayed steady?")]
    public async Task WhetherASurveyMeasureStayedSteady_QuotesItsRange(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("27-31%", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does the report suggest we do?")]
    [InlineData("so what should we do about it?")]
    public async Task AdviceAskedWithNoSubject_AfterAFigure_IsTheRecommendationOnThatTopic(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("What is the hate crime volume for 2017?", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("dip sample", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What is the DV marker figure for 2017?", "what does CSEW estimate for local victims?")]
    [InlineData("how many domestic abuse incidents were there in 2017?", "how many local victims does the crime survey estimate?")]
    public async Task ASurveyEstimateBroughtHome_AfterAFigure_IsTheSurveysEstimateForThatTopicInTheCity(string first, string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(first, conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("residents in Cambridge City", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when was the Olympic games held?")]
    [InlineData("what is the purpose of a parking permit?")]
    public async Task AnEventOrPurposeTheAssessmentNeverNames_IsStillNotAnswered(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.DoesNotContain("the assessment says", said, StringComparison.OrdinalIgnoreCase);
    }
}
