using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// The year a run of years crossed a level, peaked or rose most, through /api/messages of the running bot: a year is named as
/// the first over (or below) a level only when the year before it is given too, and across a gap the figures either side are
/// shown; the level is the number right after the word of crossing (never a unit's number or a phone number); a national run
/// asked is read from the national figures, never Cambridge's; a quarter's highest or lowest compares the quarters only.
/// </summary>
public sealed class SeriesFiguresHonestTests : IDisposable
{
    private readonly BotChat _bot = new("series-figures-honest.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("when did the violence against the person rate first go over 10", "8.98", "21.04", "cannot say when it first went over 10")]
    [InlineData("when did the asb rate first drop below 38", "40.85", "35.55", "cannot say when it first fell below 38")]
    [InlineData("what year did the drugs rate fall below 4", "5.89", "2.59", "cannot say when it first fell below 4")]
    public async Task ACrossingAcrossAGap_ShowsTheFiguresEitherSide_AndNamesNoYear(string question, string before, string after, string words)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(before, text, StringComparison.Ordinal);
        Assert.Contains(after, text, StringComparison.Ordinal);
        Assert.Contains(words, text, StringComparison.Ordinal);
        Assert.DoesNotContain("first over", text, StringComparison.Ordinal);
        Assert.DoesNotContain("first below", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did shoplifting first go over 8 per 1000", "first over 8 in 2017 (9.41")]
    [InlineData("when did the shoplifting rate first exceed 8 per 1,000 population", "first over 8 in 2017 (9.41")]
    [InlineData("when did the drug rate first drop below 5 said Zebedee Quux 07700 900555", "cannot say when it first fell below 5")]
    public async Task TheLevel_IsTheNumberAfterTheWordOfCrossing(string question, string lead)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(lead, text, StringComparison.Ordinal);
        Assert.DoesNotContain("1,000 in", text, StringComparison.Ordinal);
        Assert.DoesNotContain("7,700", text, StringComparison.Ordinal);
        Assert.DoesNotContain("900,555", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did knife crime nationally first go over 30000", "26,000", "30,941")]
    [InlineData("when did national knife offences first exceed 30,000", "26,000", "30,941")]
    public async Task ANationalCrossing_IsReadFromTheNationalFigures(string question, string before, string after)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(before, text, StringComparison.Ordinal);
        Assert.Contains(after, text, StringComparison.Ordinal);
        Assert.Contains("cannot say when it first went over 30,000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("259", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which yr was national knife crime highest", "highest in year ending September 2017 (37,443")]
    [InlineData("which year were knife offences nationally highest", "highest in year ending September 2017 (37,443")]
    public async Task ANationalPeak_IsTheNationalFigures(string question, string lead)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(lead, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1.88", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANationalYearAsked_LeadsWithThatYearsNationalFigure()
    {
        var text = await _bot.PlainSaidAsync("knife offences nationally yr ending sept 2016");

        Assert.Contains("30,941", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Which quarter had the most city centre ASB", "highest in 2017/18 Q1", "404", "Extended city centre")]
    [InlineData("which qtr had the fewest street life asb incidents in the city centre", "lowest in 2017/18 Q3", "335", "Extended city centre")]
    [InlineData("which qtr had most violence without injury", "highest in 2017/18 Q2", "560", "of the quarters")]
    [InlineData("which qtr was violence with injury lowest", "lowest in 2017/18 Q2", "194", "of the quarters")]
    public async Task TheQuarterWithTheMostOrLeast_ComparesTheQuartersOnly(string question, string lead, string figure, string words)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(lead, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(figure, text, StringComparison.Ordinal);
        Assert.Contains(words, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("year to date, 1,613", text, StringComparison.Ordinal);
        Assert.DoesNotContain("year to date to Q3 (April to December 2017), 1,613", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what was the biggest yearly rise in DA crimes", "from 2015 to 2016", "736", "1,010")]
    [InlineData("biggest annual increase in dv marker crimes?", "from 2015 to 2016", "736", "1,010")]
    [InlineData("when was the largest jump in domestic violence offences", "from 2015 to 2016", "736", "1,010")]
    public async Task TheBiggestRise_IsAPairOfConsecutivePrintedYears_WithBothCounts(string question, string pair, string before, string after)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(pair, text, StringComparison.Ordinal);
        Assert.Contains(before, text, StringComparison.Ordinal);
        Assert.Contains(after, text, StringComparison.Ordinal);
        Assert.DoesNotContain("274", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBiggestFall_AcrossOnlyGappedYears_SaysItCannotTell()
    {
        var text = await _bot.PlainSaidAsync("what was the biggest drop in the drugs rate");

        Assert.Contains("cannot say when the biggest fall came", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many DV crimes in 2014 compared to 2013", "689", "506")]
    [InlineData("dv marker crimes 2013 vs 2014", "689", "506")]
    [InlineData("how many domestic violence offences were there in 2016 compared with 2015", "1,010", "736")]
    public async Task TwoYearsAsked_ShowsBothPrintedCounts(string question, string first, string second)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(first, text, StringComparison.Ordinal);
        Assert.Contains(second, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("incidents")]
    [InlineData("the incidents one")]
    public async Task APeriodAsked_SurvivesTheDidYouMean(string pick)
    {
        var conversation = _bot.NewConversation();
        var first = await _bot.PlainSaidAsync("how has domestic abuse changed since 2012", conversation);
        Assert.Contains("Did you mean", first, StringComparison.OrdinalIgnoreCase);

        var text = await _bot.TextAsync(pick, conversation);

        Assert.Contains("from 1598", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when did DV marker crimes first pass the 1000 mark", "first over 1,000 in 2016 (1,010 crimes)")]
    [InlineData("when did dwelling burglary first go over 1 per 100 dwellings", "first over 1 in 2017 (1.21")]
    [InlineData("when did the DV crime rate first go over 2 per 1000", "gives no rate for this topic")]
    public async Task TheLevel_IsReadAgainstTheMeasureAsked(string question, string lead)
    {
        var text = await _bot.PlainSaidAsync(question);

        Assert.Contains(lead, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANationalYearNotQuoted_IsSaidToBeMissing_NotAnotherYearsFigure()
    {
        var text = await _bot.PlainSaidAsync("knife crime nationally in 2015");

        Assert.Contains("no national figure for 2015", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoYearsAsked_WhereTheAssessmentPrintsTheirChange_ShowItToo()
    {
        var text = await _bot.PlainSaidAsync("By how much did DA-flagged crimes increase in 2017 compared with 2016?");

        Assert.Contains("1,010 crimes in 2016 and 1,113 crimes in 2017, up 103 (10%)", text, StringComparison.Ordinal);
    }
}
