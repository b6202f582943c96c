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
    private readonly BotChat _bot = new("periods.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many violence with injury crimes so far this financial year (Apr to Dec)?")]
    [InlineData("violence with injury april to december")]
    [InlineData("violence with injury this financial year so far")]
    public async Task TheFinancialYearToDate_ByItsMonthsOrWords_GivesTheYearToDateFigure(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Equal("Violence with injury, 2017/18 year to date to Q3 (April to December 2017): 622 crimes (636 a year before).", reply.Text);
    }

    [Theory]
    [InlineData("drugs offences reduction 2017 v 2016")]
    [InlineData("drug offences 2017 vs 2016")]
    [InlineData("how did drugs offences change from 2016 to 2017")]
    public async Task AYearAgainstTheYearBefore_GivesThePrintedChangeOnThePreviousYear(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Equal("Drugs (including county lines), 2017: 357 crimes, down 112 (24%) on the previous year.", reply.Text);
    }

    [Fact]
    public async Task AndWithInjury_AfterAQuarterOfViolenceWithoutInjury_GivesViolenceWithInjuryInThatQuarter()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence without injury in Q1?", conversation);
        var reply = Assert.Single(await _bot.AskAsync("and with injury?", conversation));

        Assert.Equal("Violence with injury, 2017/18 Q1 (April to June 2017): 223 crimes (232 a year before).", reply.Text);
    }

    [Fact]
    public async Task AndTheYearBefore_AfterAYearsFigure_GivesThePrintedFigureOfTheYearBefore()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("domestic violence offences 2017", conversation);
        var reply = Assert.Single(await _bot.AskAsync("and the year before?", conversation));

        Assert.Contains("2016: 1,010 crimes", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePreviousYear_WhenTheAssessmentPrintsNoFigureForIt_SaysSoAndDerivesNone()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence with injury 2017", conversation);
        var reply = Assert.Single(await _bot.AskAsync("what about the previous year?", conversation));

        Assert.Contains("the assessment has no figure for 2016", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichTypeWentUpMost_AfterATopic_GivesThatTopicsAnswerWithItsLargestRisingSubGroup()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("sexual offences recorded 2017 cambridge", conversation);
        var reply = Assert.Single(await _bot.AskAsync("which type went up most?", conversation));

        Assert.StartsWith("Sexual offences", reply.Text, StringComparison.Ordinal);
        Assert.Contains("'Other Sexual Offences', with an increase of 38%", Replies.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichTypeWentUpMost_WithNoTopicBefore_GivesTheRisersOfEveryTopic()
    {
        var reply = Assert.Single(await _bot.AskAsync("which type went up most?"));

        Assert.StartsWith("Biggest risers", reply.Text, StringComparison.Ordinal);
    }
}
