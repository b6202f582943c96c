using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Movers;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "biggest risers", "biggest falls" and "top movers" with the ranking card.</summary>
public sealed class MoversHandler(MoversCardBuilder cards) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Movers];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        await turnContext.SendActivityAsync(ReplyFactory.Card(cards.Build(understanding.Filter?.Direction)), cancellationToken).ConfigureAwait(false);
    }
}
