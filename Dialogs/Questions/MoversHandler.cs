using Microsoft.Bot.Builder;
using SafetyBot.Cards.Movers;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "biggest risers", "biggest falls" and "top movers" with the ranking card.</summary>
public sealed class MoversHandler(MoversCardBuilder cards) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = [Routing.Intents.Movers];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        MoveDirection? direction = understanding.Slot(Slots.Direction) switch
        {
            "up" => MoveDirection.Up,
            "down" => MoveDirection.Down,
            _ => null,
        };
        await turnContext.SendActivityAsync(ReplyFactory.Card(cards.Build(direction)), cancellationToken).ConfigureAwait(false);
    }
}
