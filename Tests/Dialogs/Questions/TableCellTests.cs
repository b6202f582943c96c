using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// The extended city centre street-life table (all ASB; begging and homeless, count and proportion; all five keywords,
/// count and proportion; Q1 to Q3 of 2017/18, Q4 blank) through /api/messages of the running bot: each cell answerable,
/// with its row and column labels, period and the keywords note.
/// </summary>
public sealed class TableCellTests : IDisposable
{
    private readonly BotChat _bot = new("tables.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task BeggingInQ2_GivesTheRowWithCountsAndProportions_AndTheWholeTable()
    {
        var reply = Assert.Single(await _bot.AskAsync("begging and homeless incidents in q2"));

        Assert.Equal(
            "Street life in the extended city centre. 2017/18 Q2 (July to September 2017): All ASB 392 incidents; Begging and homeless 116 incidents, 30% of all ASB; All five keywords 192 incidents, 49% of all ASB.",
            reply.Text);
        var texts = Replies.Texts(Replies.Card(reply));
        Assert.Contains("Begging and homeless (proportion)", texts);
        Assert.Contains("27% of all ASB", texts);
        Assert.Contains("404 incidents", texts);
        Assert.Contains("The keywords include homeless, abusive language, drunk, begging, and alcohol.", texts);
        Assert.Contains("Table", Replies.ElementTypes(Replies.Card(reply)));
    }

    [Fact]
    public async Task WhatProportionIsThat_AfterACount_GivesTheSameRowsProportion()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many begging and homeless ASB incidents in q2?", conversation);
        var reply = Assert.Single(await _bot.AskAsync("what proportion is that?", conversation));

        Assert.Contains("116 incidents, 30% of all ASB", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AllKeywordsProportionQ3_Is46Percent()
    {
        var reply = Assert.Single(await _bot.AskAsync("all keywords proportion q3"));

        Assert.Contains("All five keywords 153 incidents, 46% of all ASB", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Q4_IsABlankTheAssessmentHasNoFigureFor()
    {
        var reply = Assert.Single(await _bot.AskAsync("street life figures for q4"));

        Assert.Contains("the assessment has no figure for 2017/18 Q4 in this table; it has Q1, Q2, Q3", reply.Text, StringComparison.Ordinal);
    }
}
