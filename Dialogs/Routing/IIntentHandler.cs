using Microsoft.Bot.Builder;
using SafetyBot.Cards;

namespace SafetyBot.Dialogs.Routing;

/// <summary>Answers one intent, whether typed or clicked.</summary>
public interface IIntentHandler
{
    /// <summary>The intents (and card verbs) this handler answers.</summary>
    IReadOnlyCollection<Intent> Intents { get; }

    /// <summary>Answers the turn.</summary>
    Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken);
}
