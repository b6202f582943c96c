using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Questions of members new to the assessment, in their own words, through /api/messages of the running bot: the document's
/// title is its title page; two topics each asked their own "how many" (or "number") are both answered, and so are two topics of
/// one group asked "both"; a rate of the twelve months to November 2017, or above or below "average", is the similar-areas
/// comparison; what the strategic assessment (or "this doc") recommends is its recommendations; "Table 2" is both tables the
/// assessment numbers so; a member's introduction of themselves is never a subject the assessment lacks; a "bad year" is the assessment's
/// "worst since"; a subject it never names, with a year alone, has no figure.
/// </summary>
public sealed class NewMembersQuestionsInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("new-members-in-other-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what's this report called?")]
    [InlineData("give me the title of the assessment")]
    [InlineData("what is the document titled")]
    public async Task TheDocumentsTitle_IsItsTitlePage(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("end of year review", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how many shoplifting offences and how many sexual offences in 2017")]
    [InlineData("what was the shoplifting number and the sexual offences number last year")]
    [InlineData("how many sexual offences and how many shoplifting offences were there in 2017?")]
    public async Task TwoTopicsEachAskedTheirOwnCount_AreBothAnswered(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("1295", said, StringComparison.Ordinal);
        Assert.Contains("307", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drugs and alcohol: did both fall in 2017?")]
    [InlineData("have drugs and alcohol each gone down")]
    public async Task TwoTopicsOfOneGroupAskedBoth_AreBothAnswered(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("24%", said, StringComparison.Ordinal);
        Assert.Contains("7%", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoplifting rate for the year to November 2017")]
    [InlineData("what was our shoplifting rate in the 12 months up to November 2017")]
    [InlineData("is shoplifting above or below average?")]
    [InlineData("is our shoplifting rate above the average")]
    public async Task TheSimilarAreasPeriodOrItsAverage_IsTheSimilarAreasComparison(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("9.77", said, StringComparison.Ordinal);
        Assert.Contains("7.92", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("apologies, newly elected here - how many sexual offences were recorded in 2017?")]
    [InlineData("hello, a councillor with a basic one: sexual offences count 2017")]
    public async Task AMembersIntroductionOfThemselves_IsNeverASubjectTheAssessmentLacks(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("307", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("was 2017 a bad year for teenage deaths?")]
    [InlineData("how bad was 2017 for deaths among teenagers")]
    public async Task ABadYearForTeenageDeaths_IsTheAssessmentsWorstSince(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("worst since", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what does the strategic assessment recommend")]
    [InlineData("so what does this doc recommend?")]
    public async Task WhatTheDocumentRecommends_NamedInFullOrShort_IsItsRecommendations(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("recommendations", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("doesn't say anything", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what does table 2 show?")]
    [InlineData("what is table 2")]
    public async Task TableTwo_IsBothTablesTheAssessmentNumbersSo(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("Domestic Violence Marker", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Extended City Centre", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("noise complaints 2016")]
    [InlineData("pothole repairs in 2017")]
    public async Task ASubjectNeverNamedWithAYearAlone_HasNoFigure(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("no figure", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }
}
