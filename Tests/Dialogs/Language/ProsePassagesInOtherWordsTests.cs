using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Prose questions about the assessment's passages asked in other words than its own (issue 13, set P), each a family, asked of
/// the running bot through /api/messages: the period a source's data runs to ("how recent", "based on", "run to"); a survey's
/// "verdict" or "findings"; why two measures "don't agree"; whether anyone "looked at" or "checked" a subject, or "the link
/// between" two; a subject named before the words that ask about it ("car enthusiasts - what concerns have been raised?");
/// what was "reclassified" into a category; "the key worry" about a topic.
/// </summary>
public sealed class ProsePassagesInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("prose-passages-in-other-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("How recent is the Crime Survey for England and Wales data the review uses?")]
    [InlineData("how up to date is the crime survey data?")]
    [InlineData("What months do the crime survey figures run to, versus the police recorded figures?")]
    public async Task HowRecentTheSurveysDataIs_IsTheSentenceGivingItsPeriod(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("september 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say anything that answers that", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what time period are the most similar group comparisons based on?")]
    [InlineData("Which period are the most similar group rankings based on?")]
    public async Task ThePeriodOfTheSimilarAreasComparison_IsTheTwelveMonthsToNovember(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("12 months up to november 2017", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CSEW verdict on violence with injury?")]
    [InlineData("what did the crime survey find on violence with injury?")]
    public async Task ASurveysVerdictOrFindings_IsWhatTheSurveyShowed(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("showed no change", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyTheSurveyAndPoliceFiguresDoNotAgree_IsTheirDifferentAspectsAndPeriods()
    {
        var text = await _bot.TextAsync("why don't the crime survey and the police figures agree?");

        Assert.Contains("different aspects", text, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say anything that answers that", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Has anyone looked at the link between violence and the NTE?")]
    [InlineData("Has anyone checked whether the night-time economy is behind the increase in violence?")]
    [InlineData("is there a relationship between violence and the night time economy?")]
    [InlineData("has anybody analysed violence in the night-time economy?")]
    public async Task WhetherViolenceAndTheNightTimeEconomyWereLookedAt_IsThatTheyHaveNotBeenExplored(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.StartsWith("the assessment says", text, StringComparison.Ordinal);
        Assert.Contains("has not been explored", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("car enthusiasts - what concerns have been raised?")]
    [InlineData("What are car enthusiasts doing that concerns the city?")]
    [InlineData("does the report mention car enthusiasts at all?")]
    [InlineData("car enthusiasts - is that mentioned anywhere?")]
    public async Task ASubjectNamedBeforeTheAskingWords_IsAnsweredFromItsPassage_NotTheTopicsFigures(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.StartsWith("the assessment says", text, StringComparison.Ordinal);
        Assert.Contains("misuse of public spaces by car enthusiasts", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What kinds of offence got moved into the violence without injury category?")]
    [InlineData("which offences were reclassified as violence without injury?")]
    public async Task WhatWasMovedIntoACategory_IsAnsweredFromTheAssessmentsWordsOnItsClassifications(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("2068 crimes in 2017", text, StringComparison.Ordinal);
        Assert.Matches("stalking and harassment|moving from one category to another", text);
    }

    [Theory]
    [InlineData("What's the biggest worry about cyber crime in Cambridge?")]
    [InlineData("what's the main concern about cybercrime?")]
    [InlineData("what's the top worry with cyber crime locally?")]
    public async Task TheKeyWorryAboutATopic_IsTheConcernTheAssessmentNames(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("massive underreporting", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichMonthsATopicPeaks_IsStillItsOwnPassage_NotThePeriodOfItsData()
    {
        var text = await _bot.TextAsync("which months does VAP tend to peak");

        Assert.Contains("june and july", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("begging and homeless ASB hasn't dropped like the rest of ASB - any reason given?")]
    [InlineData("any reason given why begging and homeless ASB hasn't fallen like the rest?")]
    public async Task AnyReasonGiven_IsAWhyQuestion_AnsweredByTheAssessmentsReason(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.StartsWith("the assessment says", text, StringComparison.Ordinal);
        Assert.Contains("greater homelessness nationally", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What should the CSP do about domestic abuse leadership?")]
    [InlineData("who's the partnership's domestic abuse lead right now?")]
    [InlineData("who is the domestic abuse lead for the partnership at the moment?")]
    [InlineData("what does the assessment say about leadership on domestic abuse?")]
    public async Task TheDomesticAbuseLeadAskedInOtherWords_IsTheLeadToBeAppointed(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("is appointed in the partnership as quickly as possible", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can you give an example of an issue that shifts from one part of the city to another?")]
    [InlineData("what sort of problem that moves from one area to another is given as an example under the vulnerable locations priority?")]
    public async Task AnExampleOfAProblemThatMoves_IsStreetDrugDealing(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.StartsWith("the assessment says", text, StringComparison.Ordinal);
        Assert.Contains("street drug dealing", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the task & finish group working on producing?")]
    [InlineData("what is the task and finish group producing?")]
    public async Task WhatTheTaskAndFinishGroupProduces_IsItsToolkitAndPathway(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("toolkit and pathway", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who takes the lead on county lines?")]
    [InlineData("which agency takes the lead on county lines?")]
    public async Task WhoTakesTheLead_IsTheAgencyThatLeads(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("cambridgeshire constabulary continues to lead on tackling county lines", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the CSEW say about the proportion of people who are domestic abuse victims?")]
    [InlineData("according to the crime survey, what percentage of women are victims of domestic abuse?")]
    public async Task AShareAskedOfTheSurvey_IsItsEstimate(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("7.5% of all females", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMeasuresAbilityDenied_WithWordsBetween_IsItsShortcoming()
    {
        var text = await _bot.TextAsync("the CSEW can't really provide local data, can it?");

        Assert.Contains("unable to provide a cambridgeshire or cambridge city perspective", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the biggest city in England")]
    [InlineData("should we be worried about the weather?")]
    public async Task WordsOfImportanceOrWorryAlone_FindNothingToQuote(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("the assessment says", text, StringComparison.Ordinal);
    }
}
