using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Adapter;
using SafetyBot.Knowledge.Questions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Fallback;

/// <summary>Questions nothing fits, through /api/messages of the running app: an honest answer, the question recorded, the conversation kept.</summary>
public sealed class UnknownHandlerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly BotHost _host;

    public UnknownHandlerTests()
    {
        _host = new BotHost(_folder.File("unknown.db"));
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("é€", 300)]
    [InlineData("犯罪", 250)]
    public async Task LongNonAsciiQuestion_IsAnsweredHonestly_RecordedAndTheConversationGoesOn(string piece, int times)
    {
        const string conversation = "long-non-ascii";
        Assert.Contains("Shoplifting", Replies.Said(await _host.SayAsync("how has shoplifting changed", TestUser.Member, conversation)), StringComparison.Ordinal);

        var replies = await _host.SayAsync(string.Concat(Enumerable.Repeat(piece, times)), TestUser.Member, conversation);

        Assert.DoesNotContain(replies, r => r.Text == SafetyBotAdapter.ApologyText);
        Assert.StartsWith("Sorry, I can't answer that", Assert.Single(replies).Text, StringComparison.Ordinal);
        Assert.StartsWith(piece, Assert.Single(await _host.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(10)).Text, StringComparison.Ordinal);

        // The conversation's state was kept: a follow-up still knows the topic.
        var followUp = Replies.Said(await _host.SayAsync("and how does that compare with similar areas?", TestUser.Member, conversation));
        Assert.Contains("Shoplifting", followUp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnEmptyMessage_IsNotSaidToBeNoted_AndNothingIsRecorded(string text)
    {
        var said = Replies.Said(await _host.SayAsync(text, TestUser.Member, "empty-" + text.Length));

        Assert.DoesNotContain("noted the question", said, StringComparison.Ordinal);
        Assert.Empty(await _host.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(10));
    }

    [Fact]
    public async Task AQuestionNothingFits_IsSaidToBeNoted_AndIsRecorded()
    {
        var said = Replies.Said(await _host.SayAsync("what colour are the council's vans", TestUser.Member, "noted"));

        Assert.Contains("noted the question", said, StringComparison.Ordinal);
        Assert.Single(await _host.Services.GetRequiredService<IUnansweredQuestionLog>().RecentAsync(10));
    }
}
