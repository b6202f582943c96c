using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Help;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Fallback;

/// <summary>
/// Answers a message too long to be one question (a pasted email or document) by asking, kindly, for one short
/// question. Nothing of the message is recognised, recorded in the unanswered-questions log or kept: a pasted text
/// may hold anything, and reading all of it would let one message hold the bot for seconds.
/// </summary>
public sealed class LongMessageHandler : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.LongMessage];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(ReplyFactory.Card(HelpCardBuilder.TooLong()), cancellationToken);
    }
}
