using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Figures asked with slips, shorthand and everyday phrasings, through /api/messages of the running bot: chat shorthand
/// ("frm", "prev yr") still names the topic; a change since a year long before the printed change is the run of years; when a
/// run of years crossed a level or peaked is read from its yearly figures; a table's count narrowed by "used any of the
/// keywords" is the keywords row; "nationally" after a topic is its national picture, not the ONS; a count of the crime survey's
/// own estimate is the residents it prints; another topic asked after a walk through the years shows its other years beside the
/// last; and what the assessment
/// does not hold (another district's figures, one kind of hate crime counted, integrated offender management) is said so.
/// </summary>
public sealed class FiguresInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("figures-in-other-words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("theft frm the person change on prev year?", "up 55 (14%)")]
    [InlineData("shoplifting change on prev yr", "up 323 (33%)")]
    [InlineData("theft from teh person change on prev year", "up 55 (14%)")]
    [InlineData("theft from the person change on previous year", "up 55 (14%)")]
    public async Task ChatShorthand_StillNamesTheTopic_AndGivesItsChange(string question, string change)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(change, text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("How have DV marker crimes changed since 2012?", "462", "1113")]
    [InlineData("how have domestic abuse incidents changed since 2014", "1728", "1873")]
    public async Task AChangeSinceALongAgoYear_IsTheRunOfYearsFromIt(string question, string first, string last)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains($"from {first} to {last}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeSinceTheYearBefore_StaysThePrintedChange()
    {
        var text = await _bot.TextAsync("how has dwelling burglary changed since 2016");

        Assert.Contains("up 193 (43%)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did DV marker crimes first go over 1000", "2016 1010")]
    [InlineData("what year did domestic violence offences pass 700", "2015 736")]
    [InlineData("when did domestic abuse incidents peak", "2016 1935")]
    [InlineData("when were DV crimes lowest", "2012 462")]
    public async Task WhenARunOfYearsCrossedALevelOrPeaked_ShowsItsYearlyFigures(string question, string year)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains(year, text, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't say anything", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did DV marker crimes first go over 1000", "first over 1,000 in 2016 (1,010 crimes)")]
    [InlineData("when did domestic abuse incidents peak", "highest in 2016 (1,935 incidents)")]
    [InlineData("when were DV crimes lowest", "lowest in 2012 (462 crimes)")]
    [InlineData("when did domestic abuse incidents first go over 5000", "not over 5,000 in any year the assessment gives (2012 to 2017)")]
    [InlineData("when did DA incidents go over 1000", "already over 1,000 in 2012 (1,598 incidents), the first year the assessment gives")]
    [InlineData("what was the peak year for DA incidents", "highest in 2016 (1,935 incidents)")]
    public async Task TheYearAskedOfARunOfYears_LeadsTheAnswer_ReadFromItsPrintedFigures(string question, string lead)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(lead, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenItPeaked_AfterATopic_IsThatTopicsRunOfYears()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("domestic violence offences", conversation);

        var text = await _bot.TextAsync("when did it peak?", conversation);

        Assert.Contains("highest in 2017 (1113 crimes)", text, StringComparison.Ordinal);
        Assert.Contains("2012 462", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheQuarterWithTheMost_IsStillTheQuarters()
    {
        var text = await _bot.TextAsync("Which quarter had the most violence without injury so far this year?");

        Assert.Contains("560", text, StringComparison.Ordinal);
        Assert.DoesNotContain("of the years the assessment gives", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEventsPeak_IsStillTheAssessmentsWords()
    {
        var text = await _bot.TextAsync("when was the EU referendum hate crime peak?");

        Assert.Contains("june 2016", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many city centre ASB incidents in q1 used any of the five keywords?", "All five keywords 195 incidents, 48% of all ASB")]
    [InlineData("how many city centre ASB incidents in q2 cited begging", "Begging and homeless 116 incidents, 30% of all ASB")]
    [InlineData("street life ASB q3 any keyword", "All five keywords 153 incidents, 46% of all ASB")]
    public async Task ATablesCountNarrowedByWhatItsIncidentsUsed_GivesThatRowsCell(string question, string cell)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains(cell, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("and what's happening nationally")]
    [InlineData("what about nationally?")]
    [InlineData("what's the national picture?")]
    public async Task Nationally_AfterATopic_IsItsNationalPicture_NotTheOns(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("dwelling burglary figure for 2017?", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("6%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("national statistics body", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Roughly how many Cambridge residents might be DA victims if the CSEW rates applied here?")]
    [InlineData("how many DA victims are there in Cambridge")]
    public async Task ACountOfTheSurveysOwnEstimate_GivesTheResidentsItPrints(string question)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains("3,000 residents estimated to be victims", text, StringComparison.Ordinal);
        Assert.DoesNotContain("no headline volume", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTopic_AfterWalkingThroughTheYears_ShowsItsOtherYearsBesideTheLast()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("IDVA referrals in 2014/15?", conversation);
        await _bot.AskAsync("and 2016/17?", conversation);

        var text = await _bot.TextAsync("what about the engagement rate", conversation);

        Assert.Contains("2016/17: 73%", text, StringComparison.Ordinal);
        Assert.Contains("2014/15: 80%", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTopic_AfterOneYear_GivesThatYearAlone()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("IDVA referrals 2016/17?", conversation);

        var text = await _bot.TextAsync("and engagement rate?", conversation);

        Assert.Contains("73%", text, StringComparison.Ordinal);
        Assert.DoesNotContain("80%", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VictimsOfDomesticAbuseByTheCrimeSurvey_IsNotSaidToBeMissing()
    {
        var text = await _bot.TextAsync("how many people in Cambridge might be victims of domestic abuse according to the crime survey");

        Assert.Contains("3000 residents", text, StringComparison.Ordinal);
        Assert.DoesNotContain("gives no figure for cambridge city alone", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheOnsIs_IsStillTheGlossary()
    {
        var text = await _bot.TextAsync("what is the ONS");

        Assert.Contains("national statistics body", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the domestic abuse rate per 1000 in Peterborough?", "peterborough")]
    [InlineData("what's the DA rate in Fenland", "fenland")]
    public async Task ASharedTopicInAnotherDistrict_SaysItHasNoFigure_WithItsWordsOnThatDistrict(string question, string place)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains($"doesn't cover {place}'s", text, StringComparison.Ordinal);
        Assert.Contains("less frequent than peterborough and fenland", text, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many racially aggravated offences were recorded?")]
    [InlineData("how many homophobic hate crimes were there")]
    [InlineData("number of racist crimes in 2017")]
    [InlineData("racially aggravated crimes count")]
    public async Task ACountOfOneKindOfHateCrime_IsAGap_NotTheWholeCount(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = Evaluation.AnswerText.Of(replies);

        Assert.Contains("gives no figure for a count of one kind of hate crime", text, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Fact]
    public async Task HowRaciallyAggravatedOffencesCompare_IsStillTheSimilarAreasRate()
    {
        var text = await _bot.TextAsync("How do we do on racially or religiously aggravated offences against similar areas?");

        Assert.Contains("1.33", text, StringComparison.Ordinal);
        Assert.Contains("0.99", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the IOM cohort size for the City?")]
    [InlineData("how many offenders are on the integrated offender management scheme")]
    public async Task IntegratedOffenderManagement_IsNotCovered(string question)
    {
        var text = await _bot.TextAsync(question);

        Assert.Contains("has no figure or programme for integrated offender management", text, StringComparison.Ordinal);
    }
}
