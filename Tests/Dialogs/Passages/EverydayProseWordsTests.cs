using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Prose questions in a member's everyday words, through /api/messages of the running bot: "flagged" for the assessment's
/// "marker", "start being recorded" for its "introduction", and so on, are answered with the assessment's own sentence
/// rather than "the assessment doesn't say".
/// </summary>
public sealed class EverydayProseWordsTests : IDisposable
{
    private readonly BotChat _bot = new("everyday-prose.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("What explains the increase in CSE flagged crimes?", "recording practises")]
    [InlineData("why has the number of crimes flagged as CSE gone up?", "recording practises")]
    [InlineData("When did business crime start being recorded?", "introduction in 2015")]
    [InlineData("since when has business crime been recorded by the police?", "introduction in 2015")]
    [InlineData("when did the police begin flagging cybercrime?", "mid-2014")]
    public async Task AFlagOrAStart_InEverydayWords_IsAnsweredWithTheAssessmentsSentenceOnTheMarkerOrItsIntroduction(string question, string quoted)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(quoted, said, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who needs to be appointed for DA in the partnership?")]
    [InlineData("who currently leads on domestic abuse for the partnership?")]
    public async Task AnyWhoQuestionOnDomesticAbuse_QuotesTheAssessmentOnTheLeadToBeAppointed_NotWhichOfTwoIndicators(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("is appointed in the Partnership", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWhoFollowUpNamingDomesticAbuse_AfterTheWhichOneQuestion_QuotesTheLeadToBeAppointed()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("tell me about domestic abuse", conversation);

        var said = await _bot.PlainSaidAsync("ok and who is the partnership lead for DA at the moment?", conversation);

        Assert.Contains("is appointed in the Partnership", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Which programme or topic do you mean", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which categories fell in 2017?", "Biggest fallers")]
    [InlineData("what crime categories went down last year?", "Biggest fallers")]
    [InlineData("which crime categories rose in 2017?", "Biggest risers")]
    public async Task WhichCategoriesRoseOrFell_ListsTheRisersOrFallers(string question, string title)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(title, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many violent crimes in 2017?", "and the CSEW data goes up to when?")]
    [InlineData("how many burglaries in 2017?", "and the CSEW data runs up to when?")]
    public async Task APeriodFollowUpNamingASource_QuotesWhereTheAssessmentSaysItsDataEnds(string first, string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync(first, conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("end of September 2017", said, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does it mean by hotspots?")]
    [InlineData("what is meant by hotspots?")]
    public async Task WhatAWordIsMeantBy_QuotesTheAssessmentsSentenceUsingIt_NotAProgrammeCard(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("vulnerable to disorder", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who supplies drug and alcohol treatment data to the CSP?", "by the DAAT", "DAAT: Drug and Alcohol Action Team")]
    [InlineData("who provides the treatment data for drugs?", "by the CCC", "CCC: Cambridgeshire County Council")]
    public async Task AnAbbreviationInTheQuote_IsSpelledOutFromTheGlossary_BesideTheAssessmentsUnchangedWords(string question, string quoted, string spelledOut)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(quoted, said, StringComparison.Ordinal);
        Assert.Contains(spelledOut, said, StringComparison.Ordinal);
        Assert.Contains("from SafetyBot's glossary", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does SOCP highlight for Cambridge?")]
    [InlineData("what does the SOCP flag?")]
    public async Task WhatASourceHighlights_ListsTheTopicsWhereTheAssessmentQuotesIt(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("where the assessment mentions SOCP", said, StringComparison.Ordinal);
        Assert.Contains("London gangs", said, StringComparison.Ordinal);
        Assert.Contains("lone offenders", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which school programmes has the partnership funded?")]
    [InlineData("what projects has the partnership paid for in schools?")]
    public async Task WhatThePartnershipFunded_QuotesTheReviewOfWhatWasDone_NotTheRecommendedProgrammes(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Chelsea's Choice", said, StringComparison.Ordinal);
        Assert.Contains("Tough Love", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are they trying to improve in 2018?")]
    [InlineData("what are they hoping to improve in 2018?")]
    public async Task WhatTheyAreTryingToImprove_AfterAProgramme_QuotesTheActionsIdentifiedForImprovement(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("what is programme 1.1?", conversation);

        var said = await _bot.PlainSaidAsync(followUp, conversation);

        Assert.Contains("timely data sharing", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what improvements are planned for 2018?")]
    [InlineData("which improvements are planned in 2018?")]
    public async Task ImprovementsPlanned_QuotesTheActionsIdentifiedForImprovement_NotCantAnswer(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("timely data sharing", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What does the CSEW say about high-volume crime in the year to Sept 2017?")]
    [InlineData("what did the CSEW find for the 12 months to Sep 2017?")]
    public async Task AShortMonthName_MatchesTheAssessmentsFullMonth_AndTheSurveysFindingIsQuoted(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("similar to the previous year or to have fallen", said, StringComparison.Ordinal);
    }
}
