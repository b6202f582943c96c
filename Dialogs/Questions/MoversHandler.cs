using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Movers;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "biggest risers", "biggest falls", "top movers" and "which topics rose by more than 20%" with the ranking card.</summary>
public sealed class MoversHandler(MoversCardBuilder cards) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Movers];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        await turnContext.SendActivityAsync(ReplyFactory.Card(cards.Build(understanding.Filter?.Direction, understanding.Filter?.ThresholdPercent)), cancellationToken).ConfigureAwait(false);
    }
}
