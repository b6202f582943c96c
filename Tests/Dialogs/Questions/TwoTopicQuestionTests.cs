using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// Two topics weighed in one question, through /api/messages of the running bot (issue 13): both topics' figures from
/// the store with their periods, which is larger when they are alike, and each topic's own card; never only one of them.
/// </summary>
public sealed class TwoTopicQuestionTests : IDisposable
{
    private readonly BotChat _bot = new("two-topics.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("which rose more in percentage terms last year, burglary or shoplifting?")]
    [InlineData("did shoplifting go up more than dwelling burglary?")]
    [InlineData("burglary vs shoplifting: which grew faster")]
    [InlineData("has burglary risen faster than shoplifting")]
    public async Task TwoTopicsWeighed_AnswerBoth_WithPeriods_AndSayWhichRoseMore(string question)
    {
        var replies = await _bot.AskAsync(question);

        var said = Replies.Said(replies);
        Assert.Contains("Dwelling burglary: +43% on the previous year (2017)", said, StringComparison.Ordinal);
        Assert.Contains("Shoplifting: +33% on the previous year (2017)", said, StringComparison.Ordinal);
        Assert.Contains("Dwelling burglary rose more in percentage terms than shoplifting.", said, StringComparison.Ordinal);
        Assert.Equal(2, replies.Count(r => r.Attachments is { Count: > 0 }));
    }

    [Fact]
    public async Task ARiseAgainstAFall_SaysWhichRoseAndWhichDidNot()
    {
        var said = await _bot.SaidAsync("DV offences vs DA incidents - which grew faster in 2017");

        Assert.Contains("+10%", said, StringComparison.Ordinal);
        Assert.Contains("-3%", said, StringComparison.Ordinal);
        Assert.Contains("rose while domestic abuse incidents did not", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoRatesOfDifferentBases_AreBothShown_AndNotRankedAgainstEachOther()
    {
        var said = await _bot.SaidAsync("which is higher, the burglary rate or the shoplifting rate?");

        Assert.Contains("per 100 dwellings", said, StringComparison.Ordinal);
        Assert.Contains("per 1000 population", said, StringComparison.Ordinal);
        Assert.DoesNotContain("is the larger of the two", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how are drugs and alcohol doing")]
    [InlineData("what could be done about shoplifting or business crime")]
    public async Task AGroupNamedByItsOwnWords_OrWhatCouldBeDone_IsNotTwoTopics(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.DoesNotContain("You asked about two topics", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpAfterTwoTopics_IsAboutTheFirstNamed()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("which rose more, burglary or shoplifting?", conversation);

        var said = await _bot.SaidAsync("and in 2016?", conversation);

        Assert.Contains("Dwelling burglary", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vehicle crime - city vs cambridgeshire as a whole?")]
    [InlineData("is the vehicle crime rate in cambridgeshire lower than ours")]
    [InlineData("vehicle crime rate: cambridgeshire vs city")]
    public async Task CityAgainstTheCounty_ShowsBothFiguresTheAssessmentPrints_EachWithItsPeriod(string question)
    {
        var said = await _bot.SaidAsync(question);

        Assert.Contains("6.68 per 1,000 population, period not stated", said, StringComparison.Ordinal);
        Assert.Contains("(Cambridge City: 8.26 per 1,000 population, 2017)", said, StringComparison.Ordinal);
    }
}
