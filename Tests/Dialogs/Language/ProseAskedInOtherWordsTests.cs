using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Questions answered from the assessment's own words, asked as members ask them (issue 13): a programme named in a group's
/// words, whether the report looked at something, whether the rise in crime is real, who made the assessment or a piece of it,
/// the priorities recommended "going forward", and a quarter named by its months "between" them; through /api/messages.
/// </summary>
public sealed class ProseAskedInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("prose-other-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("who's at risk of adult exploitation - what's the concern?", "befriending")]
    [InlineData("What is the adult exploitation task and finish group working on?", "toolkit")]
    [InlineData("what are the worries about adult exploitation?", "befriending")]
    public async Task AProgrammeNamedInAGroupsWords_IsTheProgramme_NotTheGroupsFindings(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("holds no key findings", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Has the report looked at night-time economy violence?")]
    [InlineData("did the assessment look into violence and the night time economy?")]
    [InlineData("has anyone examined violence in the night-time economy?")]
    public async Task WhetherTheReportLookedAtASubject_IsWhatItSaysOfIt(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("not been explored at this time", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Does the rise in police recorded crime mean crime is really rising?")]
    [InlineData("is the increase in crime genuine or just recording?")]
    [InlineData("is recorded crime actually rising?")]
    public async Task WhetherTheRiseInCrimeIsReal_IsTheOnsWordsOnRecordingAndGenuineIncreases(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("improvements to crime recording", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Biggest risers", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Is there a named author or contact for this report?", "Cambridgeshire Research Group")]
    [InlineData("who produced the drugs and alcohol JSNA?", "Public Health")]
    public async Task WhoMadeTheAssessmentOrAPieceOfIt_AskedInOtherWords_IsAnswered(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<at>SafetyBot</at> what priorities are recommended for the partnership going forward?")]
    [InlineData("which priorities does the assessment recommend moving forward?")]
    public async Task ThePrioritiesRecommendedGoingForward_AreTheThreeRecommended(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("violence and exploitation", said, StringComparison.Ordinal);
        Assert.Contains("vulnerable locations", said, StringComparison.Ordinal);
        Assert.Contains("Domestic Abuse", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many violence with injury crimes were recorded between July and September 2017?", "194")]
    [InlineData("violence with injury between April and June 2017", "2017/18 Q1")]
    public async Task AQuarterNamedByTheMonthsBetweenIt_IsThatQuarter(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does the asterisk mean in the VAP quarterly table?")]
    [InlineData("why are some numbers in brackets?")]
    [InlineData("what do the bracketed numbers mean?")]
    public async Task WhatATablesMarkMeans_IsTheTablesNote(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("Figures in brackets for 2016/17", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABracketedFigureAsked_IsTheFigure_NotTheNote()
    {
        var said = await _bot.SaidAsync("In the VAP quarterly table, what's the bracketed figure for violence without injury in Oct-Dec?");

        Assert.Contains("481", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CVS 2016 crime rate for wholesale and retail?")]
    [InlineData("what rate of crime did the commercial victimisation survey find for wholesale and retail?")]
    public async Task AFigureOfTheCommercialVictimisationSurvey_IsInItsWords(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("13,000", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheCvsIs_IsStillItsMeaning()
    {
        var said = await _bot.SaidAsync("what does CVS stand for?");

        Assert.Contains("Commercial Victimisation Survey", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why is local cybercrime so low?", "banks")]
    [InlineData("why are there so few cybercrimes recorded here?", "underreporting")]
    public async Task WhyATopicsFiguresAreLow_FindsWhatTheAssessmentSaysOfUnderReporting(string question, string expected)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Why does the doc say increased DA reporting is a good thing?")]
    [InlineData("is the increase in domestic abuse reporting good news?")]
    public async Task AChangeJudgedGoodOrBad_IsTheAssessmentsOwnJudgement(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("under-reported", said, StringComparison.Ordinal);
    }
}
