using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Through /api/messages of the running bot: two topics joined by a slip of joining words ("and and", "&amp;", "and/or", "and,
/// and") are both answered, never one dropped; a run of years asked from before (or to after) the years the assessment gives says
/// so, never leaving the member to notice where the run starts; where a part of the city begins and ends is a gap said, never a
/// passage that only names it; the rise in police figures judged real or not, and the kind of work the priorities should be, are
/// answered in the assessment's words.
/// </summary>
public sealed class JoinedTopicsAndYearsOutsideTheRunTests : IDisposable
{
    private readonly BotChat _bot = new("joined-topics-years-outside.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("shoplifting and and dwelling burglary")]
    [InlineData("dwelling burglary & shoplifting please")]
    [InlineData("shoplifting and/or dwelling burglary")]
    [InlineData("dwelling burglary, and, and shoplifting")]
    [InlineData("shoplifting and and and dwelling burglary in 2017")]
    public async Task TwoTopicsJoinedByASlipOfJoiningWords_AreBothAnswered(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("1,295", said, StringComparison.Ordinal);
        Assert.Contains("647", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("domestic abuse incidents from 1995 onwards", "domestic abuse incidents before 2012")]
    [InlineData("DA markers from 2003 to date", "domestic violence offences (crimes with a domestic abuse marker) before 2012")]
    [InlineData("DA incidents since 2001 please", "domestic abuse incidents before 2012")]
    [InlineData("crimes with a domestic abuse marker between 2005 and 2017", "domestic violence offences (crimes with a domestic abuse marker) before 2012")]
    [InlineData("dwelling burglary since 2000", "dwelling burglary before 2016")]
    public async Task ARunOfYearsFromBeforeTheAssessmentsFirstYear_SaysItHasNoneBefore(string question, string words)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("The assessment has no figures for " + words, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DomesticAbuseSinceLongAgo_SaysTheGapForEachKindShown()
    {
        var said = await _bot.PlainSaidAsync("domestic abuse since 1990");

        Assert.Contains("1,598", said, StringComparison.Ordinal);
        Assert.Contains("The assessment has no figures for domestic abuse incidents before 2012", said, StringComparison.Ordinal);
        Assert.Contains("The assessment has no figures for domestic violence offences (crimes with a domestic abuse marker) before 2012", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunOfYearsToAfterTheLatestYear_SaysItHasNoneAfter()
    {
        var said = await _bot.PlainSaidAsync("shoplifting from 2016 to 2021");

        Assert.Contains("The assessment has no figures for shoplifting after 2017.", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DA incidents since 2013")]
    [InlineData("domestic abuse incidents between 2012 and 2017")]
    public async Task ARunOfYearsWithinTheYearsGiven_SaysNoGap(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.DoesNotContain("The assessment has no figures for", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where does the extended city centre end - which roads does it take in?")]
    [InlineData("does the assessment give a map or the borders of the city centre area?")]
    [InlineData("how far does the extended city centre stretch, what's its boundary")]
    public async Task WhereAPartOfTheCityBeginsAndEnds_IsAGapSaid(string question)
    {
        var replies = await _bot.AskAsync(question);
        var said = Replies.Said(replies);

        Assert.Contains("doesn't define the extended city centre", said, StringComparison.Ordinal);
        Assert.False(BotChat.ShowsAFigureCard(replies));
    }

    [Theory]
    [InlineData("are the police figures showing a genuine rise in crime, or is it something else?")]
    [InlineData("is the increase in recorded crime figures a genuine one?")]
    public async Task TheRiseInPoliceFiguresJudgedReal_IsAnsweredInTheAssessmentsWords(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("recording", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Biggest risers", said, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what sort of work should our priorities take on?")]
    [InlineData("what type of work should the CSP's priorities be about")]
    public async Task TheKindOfWorkThePrioritiesShouldBe_IsWorkThatIsNotBusinessAsUsual(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("not business as usual", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where does the report get its figures from?")]
    [InlineData("where do the document's statistics come from")]
    public async Task WhereTheAssessmentsDataComesFrom_ListsTheSourcesItCites(string question)
    {
        var said = await _bot.PlainSaidAsync(question);

        Assert.Contains("Sources the assessment cites", said, StringComparison.Ordinal);
        Assert.Contains("Crime Survey for England and Wales", said, StringComparison.Ordinal);
    }
}
