using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Findings;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "key findings", "emerging trends" and "the headlines" with the assessment's findings card, and "key concerns about violence" with those of one group of topics.</summary>
public sealed class FindingsHandler(FindingsCardBuilder cards) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Findings];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        return turnContext.SendActivityAsync(ReplyFactory.Card(cards.Build(understanding.Filter?.Category)), cancellationToken);
    }
}
