using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// The period of a figure question, however it is said, through /api/messages of the running bot: the financial year to
/// date by its months or words, one year weighed against the year before, and follow-ups that keep the last turn's
/// period and change only what they name ("and with injury?", "and the year before?"). Every figure is one the
/// assessment prints.
/// </summary>
public sealed class FigurePeriodQuestionTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public FigurePeriodQuestionTests()
    {
        _host = new BotHost(_folder.File("periods.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("how many violence with injury crimes so far this financial year (Apr to Dec)?")]
    [InlineData("violence with injury april to december")]
    [InlineData("violence with injury this financial year so far")]
    public async Task TheFinancialYearToDate_ByItsMonthsOrWords_GivesTheYearToDateFigure(string question)
    {
        var reply = Assert.Single(await _host.SayAsync(question, conversationId: "ytd"));

        Assert.Equal("Violence with injury, 2017/18 year to date to Q3 (April to December 2017): 622 crimes (636 a year before).", reply.Text);
    }

    [Theory]
    [InlineData("drugs offences reduction 2017 v 2016")]
    [InlineData("drug offences 2017 vs 2016")]
    [InlineData("how did drugs offences change from 2016 to 2017")]
    public async Task AYearAgainstTheYearBefore_GivesThePrintedChangeOnThePreviousYear(string question)
    {
        var reply = Assert.Single(await _host.SayAsync(question, conversationId: "v"));

        Assert.Equal("Drugs (including county lines), 2017: 357 crimes, down 112 (24%) on the previous year.", reply.Text);
    }

    [Fact]
    public async Task AndWithInjury_AfterAQuarterOfViolenceWithoutInjury_GivesViolenceWithInjuryInThatQuarter()
    {
        await _host.SayAsync("violence without injury in Q1?", conversationId: "sibling");
        var reply = Assert.Single(await _host.SayAsync("and with injury?", conversationId: "sibling"));

        Assert.Equal("Violence with injury, 2017/18 Q1 (April to June 2017): 223 crimes (232 a year before).", reply.Text);
    }

    [Fact]
    public async Task AndTheYearBefore_AfterAYearsFigure_GivesThePrintedFigureOfTheYearBefore()
    {
        await _host.SayAsync("domestic violence offences 2017", conversationId: "before");
        var reply = Assert.Single(await _host.SayAsync("and the year before?", conversationId: "before"));

        Assert.Contains("2016: 1,010 crimes", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePreviousYear_WhenTheAssessmentPrintsNoFigureForIt_SaysSoAndDerivesNone()
    {
        await _host.SayAsync("violence with injury 2017", conversationId: "gap");
        var reply = Assert.Single(await _host.SayAsync("what about the previous year?", conversationId: "gap"));

        Assert.Contains("the assessment has no figure for 2016", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichTypeWentUpMost_AfterATopic_GivesThatTopicsAnswerWithItsLargestRisingSubGroup()
    {
        await _host.SayAsync("sexual offences recorded 2017 cambridge", conversationId: "type");
        var reply = Assert.Single(await _host.SayAsync("which type went up most?", conversationId: "type"));

        Assert.StartsWith("Sexual offences", reply.Text, StringComparison.Ordinal);
        Assert.Contains("'Other Sexual Offences', with an increase of 38%", Replies.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichTypeWentUpMost_WithNoTopicBefore_GivesTheRisersOfEveryTopic()
    {
        var reply = Assert.Single(await _host.SayAsync("which type went up most?", conversationId: "no-topic"));

        Assert.StartsWith("Biggest risers", reply.Text, StringComparison.Ordinal);
    }
}
