using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Prose questions whose answer is in the assessment's words, asked through /api/messages of the running bot: prose about a topic
/// two indicators share is answered from its words, never with "did you mean"; an explanation, a judgement of a change, or a
/// judgement of a subject it gives no figures for finds the assessment's own sentence; the survey and police figures weighed get
/// the ONS's words; the priorities recommended "for the partnership" are the list; another area's own document is not ours; the
/// assessment's sections are listed by their headings.
/// </summary>
public sealed class ProseAboutTopicsAndDocumentsTests : IDisposable
{
    private readonly BotChat _bot = new("prose-topics.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how is domestic abuse monitored?", "monitored through police data")]
    [InlineData("how is DA reporting measured?", "monitored through police data")]
    [InlineData("what was the focus for domestic abuse work this year?", "white ribbon")]
    public async Task ProseAboutATopicTwoIndicatorsShare_IsAnsweredFromItsWords_NotWithDidYouMean(string question, string expected)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("did you mean", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is there an explanation for the slight fall in DA incidents?", "no explanation")]
    [InlineData("what explanation is there for the increase in CSE flagged crimes?", "recording practises")]
    [InlineData("why did the CSE marked crimes rise?", "recording practises")]
    public async Task AnExplanationAsked_QuotesTheAssessmentsReason_NotTheFigures(string question, string expected)
    {
        var text = await _bot.TextAsync(question);

        Assert.StartsWith("the assessment says", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is the increase in crimes with a domestic abuse marker a good thing?", "positive")]
    [InlineData("should we see the rise in DA flagged crimes as good news or bad news?", "compliance with recording standards")]
    [InlineData("is the rise in hate crime good news or bad news?", "improvements in crime recording")]
    public async Task AChangeJudgedGoodOrBad_GetsHowTheAssessmentReadsIt_NotTheChangeAgain(string question, string expected)
    {
        var text = await _bot.TextAsync(question);

        Assert.StartsWith("the assessment says", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubjectWithoutFigures_Judged_GetsTheAssessmentsWordsOnIt()
    {
        var text = await _bot.TextAsync("are drug related deaths a problem in Cambridge?");

        Assert.Contains("low levels of deaths due to drug misuse", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubjectWithoutFiguresOrWords_Judged_StillSaysItHasNoFigure()
    {
        var text = await _bot.TextAsync("Is cycle theft a problem here?");

        Assert.Contains("no figure or programme for bicycle theft", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is the crime survey more reliable than police figures?")]
    [InlineData("for burglary should we go with the CSEW or police recorded crime?")]
    [InlineData("for violence, which should I trust: the crime survey or police data?")]
    public async Task TheSurveyAndPoliceFiguresWeighed_GetTheOnsWordsOnTheTwoMeasures(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("better measure of the more serious", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which priorities are recommended for our community safety partnership?")]
    [InlineData("what priorities are recommended for the CSP?")]
    public async Task PrioritiesRecommendedForThePartnership_AreTheRecommendedList(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("safeguarding people against violence and exploitation", text, StringComparison.Ordinal);
        Assert.Contains("vulnerable locations", text, StringComparison.Ordinal);
        Assert.Contains("domestic abuse", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does Fenland's strategic assessment say?", "fenland")]
    [InlineData("summarise the Huntingdonshire community safety plan", "huntingdonshire")]
    [InlineData("is there a strategic assessment for Peterborough?", "peterborough")]
    public async Task AnotherAreasOwnDocument_IsNotCovered_AndNoneOfOursIsQuotedAsIts(string question, string place)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("doesn't cover " + place, text, StringComparison.Ordinal);
        Assert.DoesNotContain("the assessment says", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are the main sections of the report?")]
    [InlineData("how is the assessment structured?")]
    [InlineData("what parts does the document have?")]
    [InlineData("list the chapters of the review")]
    public async Task TheAssessmentsSections_AreListedByTheirHeadings(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("section 1: executive summary", text, StringComparison.Ordinal);
        Assert.Contains("section 2: review of priorities", text, StringComparison.Ordinal);
        Assert.Contains("section 3: full scanning table", text, StringComparison.Ordinal);
        Assert.Contains("key findings", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's in section 2?")]
    [InlineData("what are the emerging local trends headings")]
    public async Task ASectionNamedByItsNumberOrAPartsHeadings_AreNotAnsweredWithTheListOfSections(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("the assessment has 3 sections", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much did motor traffic rise nationally?")]
    [InlineData("by how much did motor traffic levels go up nationally?")]
    public async Task AFigureOfASubjectOnlyTheAssessmentsWordsHold_IsQuotedFromThem_NotAListOfRisers(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("motor traffic levels rose 1.4%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFigureOfASubjectNeitherTopicNorWords_StillCannotBeAnswered()
    {
        var text = await _bot.TextAsync("how many police officers does the city have?");

        Assert.DoesNotContain("the assessment says", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("did ASB go up in any recent year?", "anti-social behaviour", "sexual offences")]
    [InlineData("what's the state of play on burglary?", "dwelling burglary", "road safety")]
    public async Task AWordThatOnlyQualifiesATopicsName_NamesNoTopicAlone(string question, string topic, string notThisTopic)
    {
        var text = await _bot.TextAsync(question);

        Assert.DoesNotContain("did you mean", text, StringComparison.Ordinal);
        Assert.Contains(topic, text, StringComparison.Ordinal);
        Assert.DoesNotContain(notThisTopic, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how will the priorities be monitored?")]
    [InlineData("What does it recommend about monitoring outcomes of the priorities?")]
    public async Task MonitoringThePriorities_GetsTheRecommendationOnIt_NotThePrioritiesWalkedThrough(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("how outcomes can be monitored", text, StringComparison.Ordinal);
        Assert.DoesNotContain("one at a time", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does the report recommend for the partnership?")]
    [InlineData("what does the assessment recommend for the CSP?")]
    public async Task RecommendationsAskedForThePartnership_AreItsRecommendations(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("recommendations", text, StringComparison.Ordinal);
        Assert.DoesNotContain("makes no recommendation on this", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenATopicStartedRisingAgain_FindsItsOwnWords()
    {
        var text = await _bot.TextAsync("when did theft from the person start going up again?");

        Assert.Contains("before increasing in 2016", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why do police data and the CSEW show different trends?")]
    [InlineData("why does the crime survey show a different trend from police figures?")]
    public async Task WhyTheSurveyAndPoliceFiguresDisagree_GetsTheCaveatsOnBoth_NotOneSurveysFinding(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("recording changes", text, StringComparison.Ordinal);
        Assert.Contains("time periods", text, StringComparison.Ordinal);
    }
}
