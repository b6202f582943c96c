using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Issue 13, items 2, 3, 4 and 8, through /api/messages of the running bot: topics named in members' own words,
/// comparisons over time, periods as members write them, and topics or periods the assessment has no figure for.
/// </summary>
public sealed class MembersWordsTests : IDisposable
{
    private readonly BotChat _bot = new("words.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("hate incidents", "Cohesion (including hate crime)")]
    [InlineData("how are hate offences doing", "Cohesion (including hate crime)")]
    [InlineData("drink-related incidents in the city", "Alcohol related incidents")]
    [InlineData("car break-ins - up or down?", "Vehicle crime")]
    [InlineData("RTCs last year", "Road safety (road traffic collisions)")]
    [InlineData("knife crime", "Weapon involved")]
    [InlineData("DV offences 2017", "Domestic violence offences")]
    [InlineData("begging", "begging and homeless")]
    public async Task TopicInMembersWords_GetsThatTopicsCard(string question, string topic)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains(topic, reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ADistinctiveWordWithASlip_StillNamesTheTopic()
    {
        var reply = Assert.Single(await _bot.AskAsync("how is shopliftng doing"));

        Assert.StartsWith("Shoplifting", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("drugs offences reduction 2017 v 2016", "down 112 (24%)")]
    [InlineData("shoplifting 2016 v 2017", "up 323 (33%)")]
    public async Task OneYearVTheOther_IsTheChangeBetweenThem(string question, string change)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains(change, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("burglary rate per 100 dwellings 2016 vs 2017")]
    [InlineData("dwelling burglary rate: 2016 compared with 2017")]
    public async Task TwoYearsSetAgainstEachOther_IsAComparisonOverTime_NotWithSimilarAreas(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));
        var text = Replies.AllText(reply);

        Assert.Contains("0.87", text, StringComparison.Ordinal);
        Assert.Contains("1.21", text, StringComparison.Ordinal);
        Assert.DoesNotContain("similar areas", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("shoplifting compared to last year", "up 323 (33%)")]
    [InlineData("how does vehicle crime compare with the previous year", "up 264 (30%)")]
    public async Task ComparisonWithLastYear_IsAChange_NotAPeerComparison(string question, string change)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains(change, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("similar areas", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PeerWords_StillAskForSimilarAreas()
    {
        var reply = Assert.Single(await _bot.AskAsync("shoplifting compared to similar areas"));

        Assert.Contains("similar areas", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task VsTheSameQuarterLastYear_AsAFollowUp_GivesTheQuarters()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("violence without injury", conversation);
        var reply = Assert.Single(await _bot.AskAsync("vs the same quarter last year", conversation));

        Assert.StartsWith("Violence without injury, 2017/18", reply.Text, StringComparison.Ordinal);
        Assert.Contains("a year before", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("violence with injury jul-sep", "2017/18 Q2")]
    [InlineData("violence with injury April to June 2017", "2017/18 Q1")]
    [InlineData("violence without injury in the oct-dec quarter", "2017/18 Q3")]
    public async Task MonthRanges_AreFinancialQuarters(string question, string quarter)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains(quarter, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpOrDownOnAFinancialYear_ComparesTheNextYearWithIt()
    {
        var reply = Assert.Single(await _bot.AskAsync("Is violence with injury up or down on 2016/17, year to date?"));

        Assert.Contains("2017/18 year to date", reply.Text, StringComparison.Ordinal);
        Assert.Contains("622", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("domestic violence offences change on 2016")]
    [InlineData("DV offences: up or down against 2016?")]
    [InlineData("how have domestic violence offences changed compared to 2016")]
    [InlineData("DV offences vs 2016")]
    public async Task AChangeOnACalendarYear_ComparesTheNextYearWithIt(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains("2017", reply.Text, StringComparison.Ordinal);
        Assert.Contains("up 103 (10%) on the previous year", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("robbery in 2017", "robbery")]
    [InlineData("cycle thefts in the city?", "bicycle theft")]
    [InlineData("criminal damage 2017", "criminal damage")]
    [InlineData("how many drug deaths were there?", "drug deaths")]
    [InlineData("stalking figures", "stalking")]
    public async Task TopicTheAssessmentDoesNotCover_SaysSo_AndShowsNoOtherTopicsFigures(string question, string topic)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains($"has no figure or programme for {topic}", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task AQuarterTheAssessmentDoesNotHaveYet_SaysSo_AndWhichItHas()
    {
        var reply = Assert.Single(await _bot.AskAsync("violence without injury jan-mar"));

        Assert.Contains("has no figure for 2017/18 Q4", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Q1, Q2, Q3", reply.Text, StringComparison.Ordinal);
    }
}
