using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// A sub-group of a table asked through its whole ("ASB incidents that had a keyword", "ASB involving begging") and two
/// quarters asked at once ("between Q2 and Q3"), through /api/messages of the running bot: the sub-group's printed
/// cell, not the whole's figure; both quarters' printed figures, not one.
/// </summary>
public sealed class TableSubGroupQuestionTests : IDisposable
{
    private readonly BotChat _bot = new("subgroups.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many ASB incidents in the extended city centre had a keyword (drunk, begging etc) in Oct-Dec?", "All five keywords 153 incidents, 46% of all ASB")]
    [InlineData("Q1 2017/18: how many city centre ASB incidents included any of the five keywords?", "All five keywords 195 incidents, 48% of all ASB")]
    [InlineData("what share of q2 city centre asb had the keywords", "All five keywords 192 incidents, 49% of all ASB")]
    [InlineData("ASB incidents involving begging in q3", "Begging and homeless 95 incidents, 28% of all ASB")]
    public async Task ASubGroupAskedThroughItsWhole_GivesTheSubGroupsCellOfThatQuarter(string question, string cell)
    {
        var reply = Assert.Single(await _bot.AskAsync(question));

        Assert.Contains(cell, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoQuartersOfTheWhole_ShowsBothQuartersPrintedFigures()
    {
        var reply = Assert.Single(await _bot.AskAsync("Did extended city centre ASB drop between Q2 and Q3?"));

        var texts = Replies.Texts(Replies.Card(reply));
        Assert.Contains(texts, t => t.Contains("392", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("335", StringComparison.Ordinal));
        Assert.DoesNotContain("Q4", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoQuartersOfASubGroup_ShowsEveryQuarterOfTheTable()
    {
        var reply = Assert.Single(await _bot.AskAsync("street life keywords q1 to q3"));

        Assert.Contains("All five keywords 195 incidents", reply.Text, StringComparison.Ordinal);
        Assert.Contains("All five keywords 153 incidents", reply.Text, StringComparison.Ordinal);
    }
}
