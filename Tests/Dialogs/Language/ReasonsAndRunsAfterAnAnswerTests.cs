using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// What an answer is followed by, through /api/messages of the running bot: a reason for a rise is never quoted for a fall asked
/// (nor the other way round); a quote never leaves out the one sentence between the two it gives; the biggest yearly move and a
/// change over several years, asked after a topic's figures, are read from that topic's run of years, never every topic's
/// risers; the longer term asked after what the crime survey says is the survey's, never the police recorded run; a rate on a
/// basis the topic has none on is said to be missing; two topics listed and then asked how they moved are both answered; and a
/// count asked of a group of topics ("how many thefts") is each topic's printed count.
/// </summary>
public sealed class ReasonsAndRunsAfterAnAnswerTests : IDisposable
{
    private readonly BotChat _bot = new("reasons-and-runs.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what caused violence with injury to fall")]
    [InlineData("why has violence with injury dropped")]
    [InlineData("what is the reason violence with injury went down")]
    public async Task AFallAskedWhy_IsNeverGivenTheReasonForARise(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        var headline = said.Split('\n')[0];
        Assert.DoesNotContain("81% of the increase", headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's behind the drop in alcohol related incidents")]
    [InlineData("why have alcohol incidents decreased")]
    public async Task AFallAskedWhy_IsNeverGivenWordsOfTheRiseElsewhere(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        var headline = said.Split('\n')[0];
        Assert.DoesNotContain("any of the rise is due to", headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the reason anti-social behaviour has reduced")]
    [InlineData("why is ASB falling")]
    public async Task AQuote_KeepsTheSentenceBetweenTheTwoItGives(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        var headline = said.Split('\n')[0];
        Assert.True(
            !headline.Contains("might not be surprising", StringComparison.Ordinal)
            || headline.Contains("has not recorded quite the same longer term reduction", StringComparison.Ordinal),
            headline);
    }

    [Theory]
    [InlineData("which year had the largest increase?")]
    [InlineData("what year saw the biggest rise")]
    [InlineData("when was the sharpest jump?")]
    public async Task TheBiggestYearlyMove_AfterATopicsFigures_IsReadFromItsRunOfYears(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("crimes with a domestic abuse marker 2012 to 2017", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("from 2015 to 2016", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Biggest risers", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much has it gone up since 2012?")]
    [InlineData("what's the % rise since 2013")]
    public async Task AChangeOverSeveralYears_AfterATopicsFigures_IsItsRunOfYears(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many DV marker crimes in 2015", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("1,113", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Biggest risers", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and in the long term?")]
    [InlineData("what about over the longer term")]
    public async Task TheLongerTerm_AfterWhatTheSurveySays_IsTheSurveys(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what does the crime survey say about violence against the person", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("substantial falls", said.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("from 8.98 to 21.04", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the anti-social behaviour rate per 1000 households", "per 1,000 households")]
    [InlineData("shoplifting rate per 100 dwellings?", "per 100 dwellings")]
    public async Task ARateOnABasisTheTopicHasNone_IsSaidToBeMissing_BeforeTheRatesItHas(string question, string basis)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains($"the assessment gives no rate {basis}", said.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARateOnTheBasisOfTheSimilarAreasComparison_IsStillGiven()
    {
        var said = await _bot.PlainSaidAsync("dwelling burglary rate per 1,000 households");

        Assert.Contains("3.73 per 1,000 households", said, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no rate", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoplifting and dwelling burglary, how did they change?")]
    [InlineData("dwelling burglary and shoplifting - how have they done")]
    public async Task TwoTopicsListed_ThenAskedHowTheyMoved_AreBothAnswered(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("up 193 (43%)", said, StringComparison.Ordinal);
        Assert.Contains("up 323 (33%)", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many thefts were recorded last year", "1,295")]
    [InlineData("number of property crimes in 2017?", "647")]
    [InlineData("how many assaults were there", "2,894")]
    public async Task ACountAskedOfAGroupOfTopics_GivesEachTopicsPrintedCount(string question, string count)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(count, said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountOfViolentCrime_IsStillAllViolenceAgainstThePerson()
    {
        var said = await _bot.PlainSaidAsync("how many violent crimes were there in 2017");

        Assert.StartsWith("All violence against the person, 2017: 2,894 crimes", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can we trust police recorded crime figures")]
    [InlineData("how reliable is the police data overall?")]
    public async Task TheFiguresAsAWholeWeighed_AreTheCaveatsAboutThem(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.DoesNotContain("states no caveat", said, StringComparison.Ordinal);
        Assert.Contains("disagree", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what was anti-social behaviour like in 2017?", "4,601")]
    [InlineData("what was CSE in 2017", "30")]
    public async Task ATopicAskedOfAPeriod_IsItsFigures_NotWhatTheWordMeans(string question, string figure)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(figure, said.Split('\n')[0], StringComparison.Ordinal);
        Assert.DoesNotContain("harassment, alarm or distress", said.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and how did priority 3 do?")]
    [InlineData("what happened with priority 3")]
    public async Task ANumberedPriority_AfterThePrioritiesReviewed_IsThatYearsPriority(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("which priorities did the partnership have in 2017/18", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("antisocial behaviour within vulnerable groups", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Priority 3 for 2018/19", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how does it compare with the county?")]
    [InlineData("and how does that compare to Cambridgeshire")]
    public async Task TheCountyComparedAfterATopic_IsTheCountysFigure_NeverTheNationalPicture(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what is the vehicle crime rate", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("6.68", said, StringComparison.Ordinal);
        Assert.DoesNotContain("nationally", said.Split('\n')[0], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what page is that on?")]
    [InlineData("which section of the report?")]
    public async Task WhereInTheAssessmentAFigureIs_IsTheSectionItsFiguresArePrintedIn(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many shoplifting offences in 2017", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("Full Scanning Table", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Footnote 6", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("in which months is violence against the person busiest?")]
    [InlineData("what time of year sees the most violent crime")]
    public async Task TheMonthsATopicRunsHighest_AreTheAssessmentsWords_NeverTheYearsCount(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("June and July", said.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMonthsATopicRunsHighest_AfterATopic_AreItsOwn()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how much violence against the person was there in 2017", conversation);

        var said = await _bot.PlainSaidAsync("what months are usually the peak?", conversation);

        Assert.Contains("June and July", said.Split('\n')[0], StringComparison.Ordinal);
    }
}
