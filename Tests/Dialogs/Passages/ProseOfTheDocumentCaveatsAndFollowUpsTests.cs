using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Passages;

/// <summary>
/// Prose questions through /api/messages of the running bot, by family: who made the assessment and when (its makers asked by their
/// work, its date, whom it is for), its caveats (projected rates, what police recorded crime cannot judge, the health data missing
/// for high-risk DA cases), named things the assessment speaks of in words (the controllers' nationality, the aim of the task and
/// finish group, car enthusiasts), the recommended priorities as a list, and follow-ups asking for more of the topic in context
/// (how the other partners help, what needs improving, whom to link up with, what to keep an eye on).
/// </summary>
public sealed class ProseOfTheDocumentCaveatsAndFollowUpsTests : IDisposable
{
    private readonly BotChat _bot = new("prose-document-caveats.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("which team did the analysis of local and national trends in this document?")]
    [InlineData("which organisation carried out the analysis?")]
    [InlineData("who analysed the trends for the assessment?")]
    [InlineData("which team produced the assessment?")]
    [InlineData("who did the research behind this document?")]
    [InlineData("who did the analysis in this report?")]
    public async Task WhoDidTheWorkOfTheAssessment_IsTheResearchGroup_NotTheNationalPicture(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("cambridgeshire research group", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the national picture", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What date is on the document?")]
    [InlineData("what's the date of the report?")]
    [InlineData("when is the document dated?")]
    [InlineData("how old is this document?")]
    [InlineData("what version of the document is this?")]
    [InlineData("when was the assessment published?")]
    public async Task TheDocumentsDate_IsItsTitlePagesVersionAndMonth(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("december 2017", text, StringComparison.Ordinal);
        Assert.Contains("version 1.0", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheTaskAndFinishGroupReports_IsNotTheDocumentsDate()
    {
        var text = await _bot.TextAsync("When will the task and finish group report its outcomes?");

        Assert.Contains("2018/19", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who is the report aimed at?")]
    [InlineData("who is the assessment written for?")]
    [InlineData("what's the audience for this document?")]
    public async Task WhomTheAssessmentIsFor_IsItsPurpose(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("purpose of this document", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Are the 2017 rates actual or projected?")]
    [InlineData("are the 2017 figures projections?")]
    [InlineData("is the vehicle crime rate projected?")]
    [InlineData("is the shoplifting rate for 2017 a forecast?")]
    public async Task WhetherRatesAreProjected_IsTheAssessmentsCaveat(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("projected", text, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheProjectedRateAskedAsAFigure_IsStillTheRate()
    {
        var text = await _bot.TextAsync("What's the projected shoplifting rate for 2017?");

        Assert.Contains("9.41", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is monitoring police recorded crime enough to judge success?")]
    [InlineData("can we judge success just from police recorded crime?")]
    public async Task WhetherRecordedCrimeJudgesSuccess_IsTheRecommendationsCaveat(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("purely monitoring police recorded crime", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Does the health data help identify high risk DA cases?")]
    [InlineData("is health sharing DA data?")]
    public async Task HealthDataAndDomesticAbuse_IsTheAssessmentsWords_NotWhichTopic(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("health data is the lacking contribution", text, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABreakdownTheAssessmentGivesInWords_IsItsWords()
    {
        var text = await _bot.TextAsync("What nationality are most modern slavery controllers, per the report?");

        Assert.Contains("lithuanian", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no ethnicity breakdown", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which ward has the most burglaries?", "no ward breakdown")]
    [InlineData("burglary by ward", "no ward breakdown")]
    public async Task ABreakdownTheAssessmentDoesNotGive_IsStillTheGap(string question, string gap)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains(gap, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the aim of the task and finish group?")]
    [InlineData("what's the goal of the T&F group?")]
    [InlineData("what does the task and finish group hope to achieve?")]
    public async Task TheAimOfAGroup_QuotesTheSentenceGivingItsAim(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("victimisation", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What concern was raised about car enthusiasts?")]
    [InlineData("anything about boy racers?")]
    [InlineData("what did it say about car meets?")]
    public async Task ConcernsAboutCarEnthusiasts_AreTheAssessmentsWords_NotTheVehicleCrimeCard(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("public spaces", text, StringComparison.Ordinal);
        Assert.DoesNotContain("up 264", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What priorities does the assessment recommend for the coming year?")]
    [InlineData("what priorities are recommended?")]
    [InlineData("what should next year's priorities be?")]
    [InlineData("which priorities are proposed for 2018/19?")]
    public async Task TheRecommendedPriorities_AreListed(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("violence and exploitation", text, StringComparison.Ordinal);
        Assert.Contains("vulnerable locations", text, StringComparison.Ordinal);
        Assert.Contains("domestic abuse", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are the other partners doing to help")]
    [InlineData("how are the other agencies helping?")]
    [InlineData("what is everyone else doing?")]
    public async Task HowOtherPartnersHelp_AfterAProgramme_IsWhatWasDoneForIt(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("Who's leading on county lines?", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("crime prevention", text, StringComparison.Ordinal);
        Assert.Contains("enforcement", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatNeedsImproving_AfterAProgramme_IsItsImprovementsFor2018()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("Who's leading on county lines?", conversation);
        await _bot.AskAsync("what are the other partners doing to help", conversation);

        var text = await _bot.TextAsync("and what needs improving in 2018?", conversation);

        Assert.Contains("data sharing", text, StringComparison.Ordinal);
        Assert.Contains("public perception", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("who should we link up with on it?")]
    [InlineData("who should we connect with on it?")]
    public async Task WhomToLinkUpWith_AfterATopic_IsTheOrganisationsItNames(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many cyber crimes in 2017", conversation);
        await _bot.AskAsync("rate per 1000?", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("trading standards", text, StringComparison.Ordinal);
        Assert.DoesNotContain("road safety partnership", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is there anything we should keep an eye on though?")]
    [InlineData("is there anything to keep an eye on?")]
    public async Task WhatToKeepAnEyeOn_AfterATopic_IsItsWatchingBrief(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("How many road traffic collisions?", conversation);
        await _bot.AskAsync("why isn't it a CSP priority?", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("driver behaviour", text, StringComparison.Ordinal);
    }
}
