using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups in a conversation, through /api/messages of the running bot: a question of what a programme is for, in words its own
/// passages never use ("what does it hope to accomplish?"), gets the programme's card, never "can't answer" nor another topic's
/// words; a count of a year asked with no topic named ("the 2017 number?") is the conversation's topic's, its gaps still gaps; so is a
/// change from one year to the next ("change from 2016 to 2017?"), while a list of what moved is still every topic's risers.
/// </summary>
public sealed class ProgrammeAndYearFollowUpsTests : IDisposable
{
    private readonly BotChat _bot = new("programme-year-follow-ups.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("what does it hope to accomplish")]
    [InlineData("what is the point of it")]
    [InlineData("and what are its objectives")]
    public async Task WhatAProgrammeIsFor_InOtherWords_IsItsCard(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("tell me about programme 1.2", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("exploitation of adults", text, StringComparison.Ordinal);
        Assert.Contains("re-victimisation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does it hope to accomplish")]
    [InlineData("and what are its objectives")]
    public async Task WhatAProgrammeIsFor_AfterItsLead_IsItsCard(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("who leads the White Ribbon campaign", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("white ribbon", text, StringComparison.Ordinal);
        Assert.Contains("action plan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatAProgrammeIsFor_WithNothingAskedBefore_CannotBeAnswered()
    {
        var text = await _bot.TextAsync("what does it hope to accomplish");

        Assert.Contains("can't answer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the 2017 number?")]
    [InlineData("how many offences were there in 2017")]
    [InlineData("and what was the count in 2017")]
    public async Task ACountOfAYear_WithNoTopicNamed_IsTheConversationsTopics(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("shoplifting rate", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("shoplifting, 2017: 1295 crimes", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountOfAYearTheAssessmentLacks_AfterATopic_StaysAGap()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("hate crime compared with similar areas", conversation);

        var text = await _bot.TextAsync("what's the count for 2016", conversation);

        Assert.Contains("no figure for 2016", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACountOfAYear_WithNothingAskedBefore_AsksWhichTopic()
    {
        var text = await _bot.TextAsync("what's the count for 2017");

        Assert.Contains("which topic", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("change from 2016 to 2017?")]
    [InlineData("what was the change from 2016 to 2017")]
    public async Task AChangeFromOneYearToTheNext_WithNoTopicNamed_IsTheConversationsTopics(string followUp)
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("shoplifting in 2015", conversation);

        var text = await _bot.TextAsync(followUp, conversation);

        Assert.Contains("shoplifting, 2017: 1295 crimes, up 323", text, StringComparison.Ordinal);
        Assert.DoesNotContain("biggest risers", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhichCrimesRoseMostFromOneYearToTheNext_AfterATopic_IsStillTheRisers()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("shoplifting in 2017", conversation);

        var text = await _bot.TextAsync("which crimes rose most from 2016 to 2017", conversation);

        Assert.Contains("biggest risers", text, StringComparison.Ordinal);
    }
}
