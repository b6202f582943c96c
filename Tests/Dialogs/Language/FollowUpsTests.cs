using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Issue 13, through /api/messages of the running bot: follow-ups that name only a new period or what sets a
/// topic apart from the last one, ties settled by the figures the assessment holds, "changed since" as a change,
/// cue words without any domain content, and areas the assessment names only in passing.
/// </summary>
public sealed class FollowUpsTests : IDisposable
{
    private readonly BotChat _bot = new("follow-ups.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task AFollowUpNamingOnlyAPeriod_AsksTheSameOfThatPeriod()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("IDVA engagement rate", conversation);
        var reply = Assert.Single(await _bot.AskAsync("and what was it in 2014/15?", conversation));

        Assert.StartsWith("IDVA", reply.Text, StringComparison.Ordinal);
        Assert.Contains("80", Replies.AllText(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpNamingWhatSetsASiblingApart_AsksTheSameOfTheSibling()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("domestic abuse marker crimes since 2012", conversation);
        var reply = Assert.Single(await _bot.AskAsync("and incidents over the same years?", conversation));

        Assert.StartsWith("Domestic abuse incidents", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1,598", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1,873", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutInjury_AfterViolenceWithInjury_KeepsTheComparisonAndChangesTheTopic()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence with injury against similar areas", conversation);
        var reply = Assert.Single(await _bot.AskAsync("and without injury?", conversation));

        Assert.StartsWith("Violence without injury compared with similar areas", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many crimes had a DA flag in 2017", "1,113")]
    [InlineData("number of domestic abuse offences last year", "1,113")]
    [InlineData("how many DA incidents were there in 2016", "1,935")]
    public async Task AnAmbiguousName_IsSettledByAnotherWordOfOneTopicsNames_NotAskedAbout(string question, string figure)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.DoesNotContain("did you mean", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(figure, Replies.AllText(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How does Cambridge compare with other Cambridgeshire districts for harassment, domestic abuse and sexual abuse victims?")]
    [InlineData("harassment, DA and sexual abuse victim rates against the county")]
    [InlineData("what is the rate of harassment, DA and sexual abuse victims in the city")]
    public async Task AnAmbiguousNameInsideAnotherTopicsFullName_NamesThatTopic(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        var said = reply.Attachments is { Count: > 0 } ? Replies.AllText(reply) : reply.Text;
        Assert.DoesNotContain("did you mean", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("VAWG", said, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("15.6", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAmbiguousNameWithNothingToSettleIt_StillAsksWhich_AndShowsEachTopicsFigures()
    {
        var replies = await _bot.AskAsync("domestic abuse in 2017");

        Assert.Equal(3, replies.Count);
        Assert.Contains("did you mean", replies[0].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ATieWhereNeitherTopicHasTheFigure_SaysSoRatherThanAskingWhich()
    {
        var reply = Assert.Single(await _bot.AskAsync("where does domestic abuse rank in our MSG"));

        Assert.Contains("gives no comparison with similar areas", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ChangedSinceLastYear_IsTheChange()
    {
        var reply = Assert.Single(await _bot.AskAsync("how much has shoplifting gone up since 2016"));

        Assert.Contains("323", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("which is the best curry house in town?")]
    [InlineData("can you show me the rugby league table")]
    [InlineData("what's the biggest city in England")]
    [InlineData("worst film of the year")]
    public async Task CueWordsWithoutAnyDomainContent_AreNotAnswered(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains("can't answer", Replies.Said([reply]), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("where do we rank", "similar")]
    [InlineData("which crimes got worst", "risers")]
    public async Task CueWordsWithADomainWord_AreStillAnswered(string question, string expected)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains(expected, Replies.Said([reply]), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnotherDistrictsFigure_IsNeverCambridgesFigure()
    {
        var reply = Assert.Single(await _bot.AskAsync("Huntingdonshire dwelling burglary rate"));

        Assert.Contains("Cambridge City's figures, not Huntingdonshire's", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1.21", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCountysFigure_IsShownWhereTheAssessmentQuotesIt()
    {
        var reply = Assert.Single(await _bot.AskAsync("VAWG rate for Cambridgeshire"));

        Assert.Contains("14.4 per 1,000 population", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("15.6", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoQuarterlyFigures_NamesTheYearAsked()
    {
        var reply = Assert.Single(await _bot.AskAsync("dwelling burglary by quarter in 2016/17"));

        Assert.Contains("no quarterly figures for 2016/17", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AYearWithNoRate_SaysSoAndNamesTheYearsHeld_RatherThanTheLatestRate()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("shoplifting rate", conversation);
        var reply = Assert.Single(await _bot.AskAsync("and in 2015?", conversation));

        Assert.Equal("Shoplifting: the assessment has no rate for 2015; it has 2016, 2017.", reply.Text);
    }

    [Fact]
    public async Task UpOrDownOnTheYearBefore_AfterAnyAnswer_IsTheLastTopicsChange()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("ASB in 2017", conversation);
        await _bot.AskAsync("and how does that compare with similar areas?", conversation);
        var reply = Assert.Single(await _bot.AskAsync("up or down on the year before?", conversation));

        Assert.StartsWith("Anti-social behaviour (ASB), 2017: 4,601 incidents, down 166 (3%)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeriesAskedAgainOfOneYear_IsThatYearsFigure()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("DA incidents since 2012", conversation);
        var reply = Assert.Single(await _bot.AskAsync("what was it in 2014?", conversation));

        Assert.Equal("Domestic abuse incidents, 2014: 1,728 incidents.", reply.Text);
    }
}
