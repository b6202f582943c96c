using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// "Which crime is the most common?" through /api/messages of the running bot: the topics in order of the counts (or rates) the
/// assessment prints, crimes apart from incidents, said to be SafetyBot's order of printed figures, never a change or one topic.
/// </summary>
public sealed class TopicsByVolumeTests : IDisposable
{
    private readonly BotChat _bot = new("by-volume.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what is the most common crime")]
    [InlineData("which crime type has the highest volume?")]
    [InlineData("<at>SafetyBot</at> what are the biggest crimes in Cambridge")]
    [InlineData("rank the crimes by volume")]
    [InlineData("what are the top 5 crimes")]
    public async Task MostCommonCrime_ListsTheLargestCounts_CrimesApartFromIncidents(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Equal(
            "Of the counts the assessment prints for 2017, crimes, the largest: all violence against the person 2,894, business crime 2,297, violence without injury 2,068; "
            + "of incidents, the largest: anti-social behaviour 4,601, domestic abuse incidents 1,873, alcohol related incidents 964. The assessment does not rank its topics itself; some are parts of others.",
            reply.Text);
    }

    [Fact]
    public async Task SmallestPropertyCrime_RanksOnlyThatGroup_SmallestFirst()
    {
        var reply = Assert.Single(await _bot.AskAsync("which property crime is the smallest?"));

        Assert.StartsWith("Of the counts the assessment prints for 2017, crimes, the smallest: theft from the person 443, dwelling burglary 647, shoplifting 1,295.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("violence", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HighestRate_RanksTheRatesPerHead()
    {
        var reply = Assert.Single(await _bot.AskAsync("which crime has the highest rate?"));

        Assert.StartsWith("Of the rates per 1,000 population the assessment prints for 2017, crimes, the highest: all violence against the person 21.04", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what was the biggest increase", "Biggest risers")]
    [InlineData("Which year had the fewest DA incidents?", "Domestic abuse incidents")]
    [InlineData("what is the highest volume of shoplifting", "Shoplifting, 2017: 1,295 crimes")]
    public async Task AChangeAYearOrOneTopic_IsNotARanking(string question, string expected)
    {
        var replies = await _bot.AskAsync(question);

        Assert.Contains(expected, replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("put in order", string.Join(" ", replies.Select(r => r.Text)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what is the most common crime in Peterborough")]
    [InlineData("what is the biggest crime in Peterborough")]
    public async Task TheMostCommonCrimeOfAnotherArea_IsNotCovered_AndNoCambridgeFigureIsShown(string question)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains("not Peterborough's", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2,894", reply.Text, StringComparison.Ordinal);
    }
}
