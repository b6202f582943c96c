using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Caveats;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "why do police figures and the crime survey disagree" and "can I trust these figures" with the caveats card.</summary>
public sealed class CaveatsHandler(CaveatsCardBuilder cards, RenderedCards rendered) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Caveats];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(ReplyFactory.Card(rendered.Get(new CaveatsCard(), _ => cards.Build())!), cancellationToken);
    }

    /// <summary>The cache key of the caveats card (there is one).</summary>
    private sealed record CaveatsCard;
}
