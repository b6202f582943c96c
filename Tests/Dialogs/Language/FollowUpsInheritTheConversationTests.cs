using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups that inherit what the conversation is about, through /api/messages of the running bot, the way a colleague would
/// hear them: "and last year?" after a year's figure is the year before; a sibling topic after two periods of one keeps the later
/// period; a topic that is also a glossary term is its figures after a figure; a question naming nothing is asked of the topic,
/// programme or priority in context; "incidents that had them" after the street-life keywords is the keywords' row; "how many
/// residents would that be" is the last topic's count; "when?" after who wrote the assessment is about the assessment.
/// </summary>
public sealed class FollowUpsInheritTheConversationTests : IDisposable
{
    private readonly BotChat _bot = new("inherit.db");

    public void Dispose() => _bot.Dispose();

    private async Task<string> AfterAsync(string followUp, params string[] before) =>
        await _bot.TextAsync(followUp, await _bot.ConversationAfterAsync(before));

    [Theory]
    [InlineData("and last year?")]
    [InlineData("last year?")]
    [InlineData("what about last year?")]
    [InlineData("and what was it last year?")]
    public async Task LastYear_AfterAYearsFigure_IsTheYearBeforesPrintedFigure(string followUp)
    {
        var text = await AfterAsync(followUp, "What's the number of domestic abuse marked crimes for 2017?");

        Assert.Contains("1010", text, StringComparison.Ordinal);
        Assert.Contains("2016", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("last year?")]
    [InlineData("and last year?")]
    public async Task LastYear_AfterAQuarter_IsTheSameQuarterAYearEarlier(string followUp)
    {
        var text = await AfterAsync(followUp, "Violence without injury Jul-Sep 2017?");

        Assert.Contains("461", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowManyDrugOffencesLastYear_Standalone_IsStillTheLatestYear()
    {
        var text = await AfterAsync("How many drugs offences were recorded last year?");

        Assert.Contains("357", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what about without injury?", "and the same quarter last year?", "532")]
    [InlineData("and without injury?", "and the same period a year earlier?", "532")]
    public async Task ASibling_AfterTwoPeriodsOfOneTopic_TakesTheLaterPeriod(string followUp, string walkedBack, string expected)
    {
        var text = await AfterAsync(followUp, "What was violence with injury in Apr-Jun 2017?", walkedBack);

        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("2016/17 q1 (april to june 2016): 436", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASibling_AfterTwoYearsToDate_GivesTheLaterWithTheYearBefore()
    {
        var text = await AfterAsync("what about without injury?", "Violence with injury YTD 2017/18?", "and 2016/17 YTD?");

        Assert.Contains("1613", text, StringComparison.Ordinal);
        Assert.Contains("1378", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what about CSE?")]
    [InlineData("and what about CSE?")]
    [InlineData("how about child sexual exploitation?")]
    public async Task ATopicThatIsAlsoATerm_AfterAFigure_IsItsFigure(string followUp)
    {
        var text = await AfterAsync(followUp, "How many sexual offences in Cambridge City in 2017?");

        Assert.Contains("30 crimes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIsCse_AskedOutright_IsStillTheTerm()
    {
        var text = await AfterAsync("what is CSE?", "How many sexual offences in Cambridge City in 2017?");

        Assert.Contains("manipulated or coerced", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the main problem they're up against?")]
    [InlineData("what are they up against?")]
    [InlineData("what's the biggest challenge?")]
    public async Task AProblemAsked_AfterAProgramme_IsFoundInThatProgrammesWords(string followUp)
    {
        var text = await AfterAsync(followUp, "Who is leading the work on county lines?", "what improvement actions are planned for 2018?");

        Assert.Contains("recruitment", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the CSEW show?")]
    [InlineData("and what does the crime survey show?")]
    public async Task TheSurvey_AfterATopicsNationalPicture_IsWhatItShowedForThatTopic(string followUp)
    {
        var text = await AfterAsync(followUp, "What happened to violence with injury in 2017?", "and nationally?");

        Assert.Contains("no change", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the specific workstream under it?")]
    [InlineData("which projects sit within it?")]
    [InlineData("what programmes come under that?")]
    public async Task TheWorkUnderIt_AfterAPriority_IsThatPrioritysProgrammes(string followUp)
    {
        var text = await AfterAsync(followUp, "What's recommended priority 2 about?");

        Assert.Contains("market ward", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many city centre incidents had them in q3?", "153", "46%")]
    [InlineData("what share of city centre ASB had any of them in q3", "153", "46%")]
    [InlineData("how many incidents in the city centre included them in q1?", "195", "48%")]
    public async Task IncidentsThatHadThem_AfterTheKeywords_AreTheKeywordsRowOfTheQuarter(string followUp, string count, string share)
    {
        var text = await AfterAsync(followUp, "What are the five ASB keywords?");

        Assert.Contains(count, text, StringComparison.Ordinal);
        Assert.Contains(share, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many Cambridge residents would that be?")]
    [InlineData("how many people locally would that be?")]
    [InlineData("roughly how many residents is that?")]
    public async Task HowManyResidentsWouldThatBe_AfterASurveysEstimate_IsTheLocalEstimate(string followUp)
    {
        var text = await AfterAsync(followUp, "What % of women were DA victims in the latest CSEW?");

        Assert.Contains("3000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("87300", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowManyResidentsWouldThatBe_WithNothingAskedBefore_ShowsNoFigure()
    {
        var text = await AfterAsync("how many Cambridge residents would that be?");

        Assert.DoesNotContain("87300", text, StringComparison.Ordinal);
        Assert.DoesNotContain("3000", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when?", "december 2017")]
    [InlineData("and when?", "december 2017")]
    [InlineData("and what's it for?", "community safety")]
    [InlineData("what is it for?", "community safety")]
    public async Task AShortFollowUp_AfterWhoWroteTheAssessment_IsAboutTheAssessment(string followUp, string expected)
    {
        var text = await AfterAsync(followUp, "who wrote the strategic assessment?");

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAssessmentStaysTheSubject_ThroughTwoShortFollowUps()
    {
        var text = await AfterAsync("and what's it for?", "who wrote the strategic assessment?", "when?");

        Assert.Contains("community safety", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year to date totals for both?", "1613", "622")]
    [InlineData("and the year to date for each of them?", "1613", "622")]
    public async Task Both_AfterTwoTopicsInTurn_AnswersEachOfThem(string followUp, string first, string second)
    {
        var text = await AfterAsync(followUp, "violence without injury Q1 this year vs last year", "and with injury?");

        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothRates_AfterTwoTopicsInTurn_GivesBothRates()
    {
        var text = await AfterAsync("what are the rates for both?", "shoplifting 2017", "and theft from the person?");

        Assert.Contains("9.41", text, StringComparison.Ordinal);
        Assert.Contains("3.22", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_WithOneTopicAsked_IsThatTopicAlone()
    {
        var text = await AfterAsync("year to date for both?", "violence with injury Q1 2017/18");

        Assert.Contains("622", text, StringComparison.Ordinal);
        Assert.DoesNotContain("two topics", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can you break that down by age of the offender?", "age breakdown of weapon involved")]
    [InlineData("can we see that by ward?", "ward breakdown of weapon involved")]
    public async Task ABreakdownOfThat_AfterAFigure_SaysTheAssessmentHasNoneForThatTopic(string followUp, string expected)
    {
        var text = await AfterAsync(followUp, "weapon crimes in the city in 2017");

        Assert.Contains("no figure", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why not yet?")]
    [InlineData("why is it too early?")]
    public async Task WhyNotYet_AfterWhenOutcomesAreDue_GivesTheProgrammesReason(string followUp)
    {
        var text = await AfterAsync(followUp, "What's this task and finish group on adult exploitation?", "when will we hear about outcomes?");

        Assert.Contains("17th october 2017", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no reason", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is that in line with national?")]
    [InlineData("does that match the national picture?")]
    [InlineData("is that consistent with what's happening nationally?")]
    public async Task InLineWithNational_AfterATopicsFigure_QuotesTheAssessmentWeighingItsTrendAgainstTheNations(string followUp)
    {
        var text = await AfterAsync(followUp, "What's the ASB rate per 1000 this year?", "and last year?");

        Assert.Contains("matches the national trends", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rate per thousand?")]
    [InlineData("what is the rate per thousand")]
    public async Task ARateAskedInWords_IsTheTopicsRate_NotASubjectTheAssessmentLacks(string followUp)
    {
        var text = await AfterAsync(followUp, "ASB 2017");

        Assert.Contains("33.44", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no figure for that", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what about versus 2012?", "total anti-social behaviour incidents in 2017")]
    [InlineData("ASB vs 2012")]
    public async Task ALatestFigureVersusAnEarlierYear_SetsTheTwoSideBySide_NeverTheYearAfterIt(string question, params string[] before)
    {
        var text = await AfterAsync(question, before);

        Assert.Contains("40.85", text, StringComparison.Ordinal);
        Assert.Contains("33.44", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2013", text, StringComparison.Ordinal);
    }
}
