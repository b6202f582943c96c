using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Figures of the assessment's tables and quarters asked in other words, and follow-ups of figures, through /api/messages of the
/// running bot (issue 13, set P): a row of the street-life table named beside the ASB it is a share of is that row; the whole named
/// with a pronoun after a row is that row; another row keeps the quarter; "N years earlier" after a year's figure; a quarter or year
/// to date asked again of another financial year or another topic; the whole calendar year after a quarter; what the marks of the
/// quarterly violence table mean; a one-year run of years is the printed change; years listed are the run they span.
/// </summary>
public sealed class TablesAndQuartersInOtherWordsTests : IDisposable
{
    private readonly BotChat _bot = new("tables-and-quarters-in-other-words.db");

    public void Dispose() => _bot.Dispose();

    private async Task<string> AfterAsync(string first, string followUp) =>
        await _bot.PlainSaidAsync(followUp, await _bot.ConversationAfterAsync(first));

    private static string Headline(string said) => said.Split('\n')[0];

    [Theory]
    [InlineData("how many city centre ASB incidents were homeless related in July to September?", "116 incidents", "30%")]
    [InlineData("Oct-Dec: extended city centre ASB incidents with any of the 5 keywords?", "153 incidents", "46%")]
    [InlineData("in Q1 how many ASB incidents in the city centre were begging-related, and what share of the total?", "108 incidents", "27%")]
    [InlineData("share of extended city centre anti-social behaviour linked to homelessness in Oct-Dec", "95 incidents", "28%")]
    public async Task ARowNamedBesideTheAsbItIsAShareOf_IsThatRowsQuarter(string question, string count, string share)
    {
        var said = Headline(await _bot.PlainSaidAsync(question));

        Assert.StartsWith("Street life in the extended city centre", said, StringComparison.Ordinal);
        Assert.Contains(count, said, StringComparison.Ordinal);
        Assert.Contains(share, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("begging and homelessness in the city centre in Jul-Sep", "what share of all city centre ASB is that?", "Q2 (July to September 2017)", "30%")]
    [InlineData("what are the keywords in the street life table?", "in Oct-Dec what % of city centre ASB had any of those?", "Q3 (October to December 2017)", "46%")]
    [InlineData("homeless related ASB in the city centre, q1", "what proportion of the extended city centre's ASB does that make up?", "Q1 (April to June 2017)", "27%")]
    [InlineData("street life begging q3", "and as a proportion of all ASB?", "Q3 (October to December 2017)", "28%")]
    public async Task TheWholeNamedWithAPronounAfterARow_IsThatRowsShare(string first, string followUp, string quarter, string share)
    {
        var said = Headline(await AfterAsync(first, followUp));

        Assert.StartsWith("Street life in the extended city centre", said, StringComparison.Ordinal);
        Assert.Contains(quarter, said, StringComparison.Ordinal);
        Assert.Contains(share, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("begging in the city centre Oct-Dec", "and for all the keywords?")]
    [InlineData("begging in the city centre Oct-Dec", "how many had any of the keywords?")]
    public async Task AnotherRowAfterARowsQuarter_KeepsTheQuarter(string first, string followUp)
    {
        var said = Headline(await AfterAsync(first, followUp));

        Assert.Contains("153 incidents", said, StringComparison.Ordinal);
        Assert.Contains("46%", said, StringComparison.Ordinal);
        Assert.DoesNotContain("April to June", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("domestic abuse incidents in 2017?", "what was it the previous year?", "1,935")]
    [InlineData("domestic abuse incidents in 2017?", "and three years before that?", "1,728")]
    [InlineData("DA incidents reported to police in 2017", "how many were there 5 years earlier?", "1,598")]
    [InlineData("DA incidents reported to police in 2017", "what about two years prior?", "1,733")]
    public async Task SomeYearsBeforeTheLastYearsFigure_IsThatYearsFigure(string first, string followUp, string figure)
    {
        var said = Headline(await AfterAsync(first, followUp));

        Assert.Contains(figure, said, StringComparison.Ordinal);
        Assert.DoesNotContain("Street life", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("violence without injury Q1 2017/18", "and the equivalent for 2016/17?", "436")]
    [InlineData("VWOI April to December 2017", "what was the comparable figure in 2016/17?", "1,378")]
    [InlineData("VWOI year-to-date, Apr 17 - Dec 17?", "and 2016/17?", "1,378")]
    public async Task AQuarterAskedAgainOfAnotherFinancialYear_IsThatYearsSameQuarter(string first, string followUp, string figure)
    {
        var said = Headline(await AfterAsync(first, followUp));

        Assert.Contains(figure, said, StringComparison.Ordinal);
        Assert.Contains("2016/17", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("VWI Oct-Dec 2017", "and violence without injury over the same period?", "521")]
    [InlineData("violence with injury april to december 2017", "what about VWOI for the same months?", "1,613")]
    [InlineData("violence without injury Q2 2017/18", "and with injury for the same quarter?", "194")]
    public async Task AnotherTopicOverTheSamePeriod_IsThatTopicsQuarter(string first, string followUp, string figure)
    {
        var said = Headline(await AfterAsync(first, followUp));

        Assert.Contains(figure, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("violence with injury Q2", "what was the whole year 2017 figure?", "822")]
    [InlineData("Violence with injury YTD Apr-Dec 2017?", "and for the full calendar year 2017?", "822")]
    public async Task TheWholeCalendarYearAfterAQuarter_IsTheYearsFigure(string first, string followUp, string figure)
    {
        var said = Headline(await AfterAsync(first, followUp));

        Assert.Contains(figure, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what are the figures in brackets in the VAP table?")]
    [InlineData("which year are the bracketed numbers from?")]
    [InlineData("what's the * for in the quarterly violence table?")]
    public async Task TheMarksOfTheQuarterlyViolenceTable_AreItsNote(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Figures in brackets for 2016/17", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shoplifting", "has it gone up since 2016?", "up 323 (33%) on 2016")]
    [InlineData("How did anti-social behaviour change from 2016 to 2017?", null, "down 166 (3%)")]
    [InlineData("theft from the person", "is that higher than in 2016?", "up 55 (14%)")]
    public async Task ARunOfOneYear_IsThePrintedChangeOnThatYear(string first, string? followUp, string expected)
    {
        var said = followUp is null ? await _bot.PlainSaidAsync(first) : await AfterAsync(first, followUp);

        Assert.Contains(expected, Headline(said), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DA incidents in 2014, 2015 and 2016", "1,728", "1,733", "1,935")]
    [InlineData("domestic violence marker numbers for 2013, 2014 and 2015", "506", "689", "736")]
    public async Task YearsListed_AreTheRunTheySpan(string question, string first, string second, string third)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains(first, said, StringComparison.Ordinal);
        Assert.Contains(second, said, StringComparison.Ordinal);
        Assert.Contains(third, said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which category saw the biggest increase?")]
    [InlineData("which offence type rose the most?")]
    [InlineData("which sub-category increased most?")]
    public async Task TheBiggestRiserOfATopicsCategories_IsInItsOwnWords(string followUp)
    {
        var said = await AfterAsync("sexual offences in 2017", followUp);

        Assert.Contains("'Other Sexual Offences', with an increase of 38%", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Biggest risers", said, StringComparison.Ordinal);
    }
}
