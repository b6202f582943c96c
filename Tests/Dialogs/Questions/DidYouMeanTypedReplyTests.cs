using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Questions;

/// <summary>
/// A "did you mean" answered by typing instead of clicking, through /api/messages of the running bot: "incidents", "the
/// incidents one", "offences", "the second one" pick that topic and answer what was asked. Before, each got "can't answer"
/// (or a passage about knife incidents), though the card's two buttons had just named them.
/// </summary>
public sealed class DidYouMeanTypedReplyTests : IDisposable
{
    private readonly BotChat _bot = new("did-you-mean-typed.db");

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("incidents", "1873")]
    [InlineData("the incidents one", "1873")]
    [InlineData("domestic abuse incidents please", "1873")]
    [InlineData("the first one", "1873")]
    [InlineData("offences", "domestic violence offences")]
    [InlineData("the second one", "domestic violence offences")]
    public async Task ATypedReplyToADidYouMean_PicksThatTopic_AndAnswers(string reply, string expected)
    {
        var conversation = _bot.NewConversation();
        var asked = await _bot.TextAsync("tell me about domestic abuse", conversation);
        Assert.Contains("did you mean", asked, StringComparison.Ordinal);

        var said = await _bot.TextAsync(reply, conversation);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("can't answer", said, StringComparison.Ordinal);
        Assert.DoesNotContain("knife", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordOfNeitherTopic_AfterADidYouMean_IsNotTakenAsEither()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("tell me about domestic abuse", conversation);

        var said = await _bot.TextAsync("weather", conversation);

        Assert.DoesNotContain("1873", said, StringComparison.Ordinal);
    }
}
