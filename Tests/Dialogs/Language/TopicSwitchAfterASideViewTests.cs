using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language;

/// <summary>
/// Follow-ups that switch topic after a side view of the last one, and the city's place in the peer group asked in a member's
/// words, through /api/messages of the running bot (issue 13).
/// </summary>
public sealed class TopicSwitchAfterASideViewTests : IDisposable
{
    private readonly BotChat _bot = new("topic-switch-side-view.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("how many shoplifting offences in 2017?", "and nationally?", "what about theft from the person?", "443")]
    [InlineData("violence with injury 2017?", "and what about nationally?", "what about without injury?", "2,068")]
    [InlineData("dwelling burglary", "how about the national picture?", "and shoplifting?", "1,295")]
    public async Task ATopicSwitchedToAfterTheNationalPictureOfTheLastTopic_GetsItsOwnFigures(string first, string national, string other, string count)
    {
        var conversation = _bot.NewConversation();
        await _bot.SaidAsync(first, conversation);
        Assert.Contains("nationally", await _bot.SaidAsync(national, conversation), StringComparison.OrdinalIgnoreCase);

        var said = await _bot.SaidAsync(other, conversation);

        Assert.Contains(count, said, StringComparison.Ordinal);
        Assert.DoesNotContain("nationally:", said, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ATopicSwitchedToAfterANationalQuestionAskedOfItsOwn_KeepsTheNationalPicture()
    {
        var conversation = _bot.NewConversation();
        await _bot.SaidAsync("how has shoplifting changed nationally?", conversation);

        var said = await _bot.SaidAsync("what about theft from the person?", conversation);

        Assert.Contains("Theft from the person nationally", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's our MSG position?")]
    [InlineData("where do we sit in the most similar group?")]
    [InlineData("what's our standing in the MSG")]
    public async Task OurPlaceInTheMostSimilarGroup_AfterATopic_IsItsComparison_NotWhatTheGroupIs(string question)
    {
        var conversation = _bot.NewConversation();
        await _bot.SaidAsync("how much has vehicle crime gone up?", conversation);

        var said = await _bot.SaidAsync(question, conversation);

        Assert.Contains("ranked 5 of 15", said, StringComparison.Ordinal);
        Assert.Contains("8.61", said, StringComparison.Ordinal);
        Assert.Contains("6.98", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheMsgIs_IsStillItsMeaning()
    {
        var said = await _bot.SaidAsync("what is the MSG?");

        Assert.Contains("Most similar group", said, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ranked", said, StringComparison.OrdinalIgnoreCase);
    }
}
