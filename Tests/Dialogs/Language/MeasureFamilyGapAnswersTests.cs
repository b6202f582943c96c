using SafetyBot.Tests.Dialogs.Language.Evaluation;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// More measures the assessment gives for no topic, asked through /api/messages of the running bot (issue 13): people harmed,
/// age groups, spending, attendance at events, the share of one topic that is another, a breakdown by the values it is
/// weighed by (race vs religion), a topic the glossary explains but gives no figure for (KSI) beside the indicator it
/// narrows. The answer says the assessment has no such figure and shows no figure card; a year-to-date total a table leaves
/// blank is said to be missing, never added up; shopping advice is not for SafetyBot; lists of the topics that moved one way
/// are the movers.
/// </summary>
public sealed class MeasureFamilyGapAnswersTests : IDisposable
{
    private readonly BotChat _bot = new("measure-family-gaps.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("How many people were trafficked in Cambridge?", "no figure for numbers of victims")]
    [InlineData("how many women were assaulted in 2017?", "no figure for numbers of victims")]
    [InlineData("How many cybercrime victims were elderly?", "no figure for an age group")]
    [InlineData("what percentage of young people drink alcohol?", "no figure for an age group")]
    [InlineData("how many older people were burgled last year?", "no figure for an age group")]
    [InlineData("What is the budget for the Chelsea's Choice programme?", "no figure for spending, budgets or costs")]
    [InlineData("how much was spent on the White Ribbon campaign?", "no figure for spending, budgets or costs")]
    [InlineData("How many people attended the coercive control conference?", "no figure for attendance at events")]
    [InlineData("how many people are on the sex offenders register", "no figure for numbers of offenders")]
    [InlineData("how many registered sex offenders live in cambridge?", "no figure for numbers of offenders")]
    [InlineData("how many burglary offenders were caught in 2017?", "no figure for numbers of offenders")]
    [InlineData("how many delegates came to the conference?", "no figure for attendance at events")]
    [InlineData("What percentage of the violence in Cambridge is alcohol related?", "no figure for the share of one topic")]
    [InlineData("what proportion of burglaries involved a weapon?", "no figure for the share of one topic")]
    [InlineData("what % of the violence in Cambridge is alcohol related?", "no figure for the share of one topic")]
    [InlineData("% of burglaries that involved a weapon?", "no figure for the share of one topic")]
    [InlineData("what \uFF05 of the violence is alcohol related?", "no figure for the share of one topic")]
    [InlineData("what share of violence is domestic abuse?", "domestic violence offences (crimes with a domestic abuse marker) or all violence against the person")]
    [InlineData("Hate crime by type - race vs religion vs disability?", "no hate crime strand")]
    [InlineData("burglary victims: male vs female?", "no gender breakdown")]
    [InlineData("How many KSI collisions were there in Cambridge in 2017?", "has no figure for that: it names KSI (killed or seriously injured)")]
    [InlineData("KSI collisions in cambridge city?", "has no figure for that: it names KSI (killed or seriously injured)")]
    public async Task AMeasureOrBreakdownTheAssessmentDoesNotGive_SaysSo_WithNoFigureCard(string question, string expected)
    {
        var replies = await _bot.AskAsync(question);

        Assert.Contains(expected, AnswerText.Of(replies), StringComparison.OrdinalIgnoreCase);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("What is the best lock to buy for my bike?")]
    [InlineData("where can I buy a good steering lock?")]
    [InlineData("which alarm is best for my house?")]
    public async Task ShoppingAdviceForTheAskersOwnThings_IsNotForSafetyBot(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("can't give advice about your own situation", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("How many bikes were stolen in 2017?", "no figure or programme for bicycle theft")]
    [InlineData("what does KSI mean?", "killed or seriously injured")]
    [InlineData("how many sexual offences were there in 2017?", "307")]
    [InlineData("how many young people died in 2008?", "42")]
    [InlineData("What proportion of women and men were DA victims according to the CSEW?", "7.5%")]
    [InlineData("nationally what share of all police recorded violence was violence without injury?", "41%")]
    [InlineData("how much of the national violence with injury increase is assault with injury?", "81%")]
    [InlineData("DV offences vs DA incidents - which grew faster in 2017 and by what %", "10%")]
    [InlineData("dwelling burglary % change 2017?", "43%")]
    public async Task QuestionsNearTheseFamilies_KeepTheirAnswers(string question, string expected)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("What is the total YTD for street life ASB?")]
    [InlineData("begging and homeless incidents in the city centre year to date?")]
    public async Task AYearToDateTotal_OfATableThatLeavesItBlank_SaysItHasNone_AndNeverAddsTheQuartersUp(string question)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains("gives no year-to-date total", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("108", said, StringComparison.Ordinal);
        Assert.DoesNotContain("319", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("List all the crime types in the scanning table that fell in 2017", "fallers")]
    [InlineData("name all the crime types that rose last year", "risers")]
    [InlineData("key dates in the DA work this year?", "22 June 2017")]
    [InlineData("timeline of the domestic abuse work", "14 February 2017")]
    [InlineData("What programmes of work sit under the violence and exploitation priority?", "Exploitation of adults")]
    [InlineData("which workstreams are under the vulnerable locations priority?", "Market ward")]
    public async Task AListAskedBesideATopicsWords_IsTheList_MoversKeyDatesOrProgrammes(string question, string expected)
    {
        var said = await _bot.TextAsync(question);

        Assert.Contains(expected, said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("can't answer", said, StringComparison.OrdinalIgnoreCase);
    }
}
