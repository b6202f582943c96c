using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// A figure's place, period and basis as the member asked them, through /api/messages of the running bot (an attacker's pass found
/// each one answered with another's figure): the city centre is never the whole city's figure; a quarter of an earlier calendar
/// year is that year's quarter, never the latest year's; a rate asked per 1,000 households is the similar-areas rate on that basis.
/// </summary>
public sealed class PlaceQuarterAndBasisOfAFigureTests : IDisposable
{
    private readonly BotChat _bot = new("place-quarter-basis.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("How many antisocial behaviour incidents in the city centre in 2017?")]
    [InlineData("ASB in the town centre last year")]
    [InlineData("how much anti-social behaviour was there in central Cambridge")]
    public async Task AsbOfTheCityCentreForAYear_IsItsQuartersAndNoTotal_NeverTheCitysFigure(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("extended city centre", said, StringComparison.Ordinal);
        Assert.Contains("404", said, StringComparison.Ordinal);
        Assert.Contains("335", said, StringComparison.Ordinal);
        Assert.Contains("no total for the year", said, StringComparison.Ordinal);
        Assert.DoesNotContain("4601", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("total for the year?")]
    [InlineData("and the year so far?")]
    [InlineData("year to date total?")]
    public async Task TheYearAfterAQuarterOfTheCentresTable_IsItsBlankTotal_NeverTheWholeCitysYear(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("ASB in the extended city centre q1", conversation);

        var said = await _bot.SaidAsync(followUp, conversation);

        Assert.Contains("gives no year-to-date total for 2017/18", said, StringComparison.Ordinal);
        Assert.Contains("Q1 404, Q2 392, Q3 335", said, StringComparison.Ordinal);
        Assert.DoesNotContain("4,601", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheYearAfterAQuarterOfViolence_IsItsYearToDate()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence with injury Q2", conversation);

        var said = await _bot.SaidAsync("total for the year?", conversation);

        Assert.Contains("2017/18 year to date to Q3 (April to December 2017): 622 crimes", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ASB in the city centre in 2017")]
    [InlineData("ASB Q1 extended city centre")]
    public async Task TheCityCentresQuarters_AreNeverLabelledAsTheWholeCitys(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("Extended city centre · Anti-social behaviour", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Cambridge City · Anti-social behaviour", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How did ASB change in quarter 1?", "404")]
    [InlineData("ASB in the city centre q2", "392")]
    public async Task AQuarterOfThePartOfTheCitysTable_SaysWhichPartItIs(string question, string figure)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains($"in the extended city centre, 2017/18", said, StringComparison.Ordinal);
        Assert.Contains(figure, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoplifting in the city centre in 2017", "shoplifting")]
    [InlineData("how many dwelling burglaries in the town centre?", "dwelling burglary")]
    public async Task ATopicGivenForTheWholeCityOnly_AskedOfTheCentre_IsAnHonestGap(string question, string topic)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("no city centre breakdown of " + topic, said, StringComparison.Ordinal);
        Assert.DoesNotContain("1295", said, StringComparison.Ordinal);
        Assert.DoesNotContain("647", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhyAsbIsHighInTheCityCentre_IsStillAPassage()
    {
        var said = await _bot.TextAsync("why is there so much ASB in the city centre");

        Assert.DoesNotContain("no city centre breakdown", said, StringComparison.Ordinal);
        Assert.DoesNotContain("no total for the year", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many violence with injury crimes in Q2 2016?")]
    [InlineData("violence with injury in the second quarter of 2016")]
    [InlineData("violence with injury, q2 of 2016")]
    public async Task AQuarterOfAnEarlierCalendarYear_IsThatYearsQuarter(string question)
    {
        var said = await _bot.TextAsync(question);
        var headline = said.Split('\n')[0];

        Assert.Contains("2016/17 q2", headline, StringComparison.Ordinal);
        Assert.Contains("188", headline, StringComparison.Ordinal);
        Assert.DoesNotContain("194", headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuarterOfTheLatestYear_StillShowsTheYearBefore()
    {
        var said = await _bot.TextAsync("violence with injury Q2 2017");

        Assert.Contains("194", said, StringComparison.Ordinal);
        Assert.Contains("188", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What was the burglary rate per 1000 households?")]
    [InlineData("dwelling burglary rate per household")]
    [InlineData("burglary rate per 1,000 households")]
    public async Task ARateAskedPerHousehold_IsTheSimilarAreasRateOnThatBasis(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("3.73 per 1000 households", said, StringComparison.Ordinal);
        Assert.Contains("3.45", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("burglary rate per 100 dwellings 2016 vs 2017")]
    [InlineData("what's the burglary rate")]
    public async Task ARateAskedOnItsOwnBasisOrNone_IsTheAnnualRateAlone(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("1.21", said, StringComparison.Ordinal);
        Assert.DoesNotContain("3.73", said, StringComparison.Ordinal);
    }
}
