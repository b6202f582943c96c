using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// Lists through /api/messages of the running bot: every key date the assessment mentions, every programme, every source it cites, and "the summary" in a question about
/// the assessment's findings read as its executive summary, while the quarterly summary of outcome updates is still asked for
/// by name.
/// </summary>
public sealed class KeyDatesAndSummaryListTests : IDisposable
{
    private readonly BotChat _bot = new("key-dates.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("give me all the key dates mentioned in the review")]
    [InlineData("list the important dates")]
    [InlineData("<at>SafetyBot</at> which dates does the assessment mention?")]
    [InlineData("timeline of the assessment please")]
    public async Task KeyDates_AreListedTogether_InDateOrder_AsTheDocumentPrintsThem(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = AnswerText.Of(replies);

        Assert.StartsWith("Key dates the assessment mentions:", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("14th february 2017", text, StringComparison.Ordinal);
        Assert.Contains("14 february 2017", text, StringComparison.Ordinal);
        Assert.Contains("22 june 2017", text, StringComparison.Ordinal);
        Assert.Contains("17th october 2017", text, StringComparison.Ordinal);
        Assert.True(
            text.IndexOf("14th february 2017", StringComparison.Ordinal) < text.IndexOf("17th october 2017", StringComparison.Ordinal),
            "The dates are in date order.");
    }

    [Fact]
    public async Task WhenOneNamedThingHappened_IsStillAWhenQuestion_NotTheList()
    {
        var replies = await _bot.AskAsync("when was the cybercrime marker introduced");

        Assert.DoesNotContain("Key dates the assessment mentions", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("2014", AnswerText.Of(replies), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which acquisitive crimes increased in 2017 per the summary")]
    [InlineData("according to the executive summary which acquisitive crimes went up")]
    [InlineData("what property crimes rose, as the summary puts it")]
    public async Task ThePartnershipsSummaryOfFindings_IsTheAssessments_NotTheQuarterlySummary(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = AnswerText.Of(replies);

        Assert.DoesNotContain("quarterly summary", text, StringComparison.Ordinal);
        Assert.Contains("vehicle crime", text, StringComparison.Ordinal);
        Assert.Contains("dwelling burglary", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show me the summary")]
    [InlineData("what's the quarterly summary")]
    public async Task TheSummaryAskedForOnItsOwn_IsStillTheQuarterlySummary(string question)
    {
        var replies = await _bot.AskAsync(question);

        Assert.StartsWith("Quarterly summary", replies[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list the programmes")]
    [InlineData("what programmes are there")]
    [InlineData("which programmes are recommended")]
    [InlineData("<at>SafetyBot</at> what are the programmes of work?")]
    public async Task TheProgrammes_AreListedWithTheirPriorities(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = AnswerText.Of(replies);

        Assert.Contains("1.1 county lines/cuckooing", text, StringComparison.Ordinal);
        Assert.Contains("2.1 market ward group", text, StringComparison.Ordinal);
        Assert.Contains("3.1 white ribbon campaign", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list all the sources")]
    [InlineData("which publications does the assessment cite")]
    [InlineData("what references are in the footnotes")]
    [InlineData("<at>SafetyBot</at> what sources does the assessment use?")]
    public async Task TheSourcesCited_AreListedWithTheirPublishers(string question)
    {
        var replies = await _bot.AskAsync(question);
        var text = AnswerText.Of(replies);

        Assert.StartsWith("Sources the assessment cites", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("office for national statistics", text, StringComparison.Ordinal);
        Assert.Contains("why do the two data sources show differing trends", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTwoKeyNationalDatasets_AreAmongTheSources()
    {
        var text = AnswerText.Of(await _bot.AskAsync("What data sources does the assessment use?"));

        Assert.Contains("crime survey for england and wales (csew)", text, StringComparison.Ordinal);
        Assert.Contains("police recorded crime", text, StringComparison.Ordinal);
    }
}
