using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Routing;

/// <summary>
/// Two or three questions typed in one message, through /api/messages of the running bot: each is answered, in the order
/// asked, the later ones as follow-ups of the earlier; a message whose parts are not all questions is read whole.
/// </summary>
public sealed class SeveralQuestionsInOneMessageTests : IDisposable
{
    private readonly BotChat _bot = new("several-questions.db");

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task TwoFigureQuestions_AreBothAnswered_InTheOrderAsked()
    {
        var replies = await _bot.AskAsync("how many dwelling burglaries were there in 2017? and what about shoplifting?");
        var said = Replies.Said(replies);

        Assert.Equal(2, replies.Count);
        Assert.Contains("Dwelling burglary", said, StringComparison.Ordinal);
        Assert.Contains("1,295", said, StringComparison.Ordinal);
        Assert.True(said.IndexOf("Dwelling burglary", StringComparison.Ordinal) < said.IndexOf("1,295", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APriorityQuestionAndAFigureQuestion_AreBothAnswered_TheSecondOfTheSameTopic()
    {
        var replies = await _bot.AskAsync("is ASB a priority? how many incidents were there?");
        var said = Replies.Said(replies);

        Assert.Equal(2, replies.Count);
        Assert.Contains("Anti-social behaviour (ASB) is among the figures SafetyBot shows as evidence for", said, StringComparison.Ordinal);
        Assert.Contains("4,601", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpInTheNextMessage_FollowsTheLastQuestionOfTheMessageBefore()
    {
        var conversation = _bot.NewConversation();
        await _bot.AskAsync("how many dwelling burglaries were there in 2017? what about shoplifting?", conversation);

        var said = await _bot.SaidAsync("and in 2016?", conversation);

        Assert.StartsWith("Shoplifting: the assessment has no figure for 2016 of the number of crimes", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many shoplifting crimes? in 2016?")]
    [InlineData("how has shoplifting changed? thanks")]
    public async Task APartThatIsNoQuestionOfItsOwn_StaysWithTheQuestionBefore(string message)
    {
        var replies = await _bot.AskAsync(message);

        Assert.Single(replies);
        Assert.Contains("Shoplifting", Replies.Said(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMessageWithACommandAmongItsQuestions_IsReadWhole()
    {
        var replies = await _bot.AskAsync("how has shoplifting changed? can you log an update for 1.1-a?");

        Assert.Single(replies);
    }
}
