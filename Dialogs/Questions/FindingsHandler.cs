using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Findings;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "key findings", "emerging trends" and "the headlines" with the assessment's findings card.</summary>
public sealed class FindingsHandler(FindingsCardBuilder cards) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Findings];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(ReplyFactory.Card(cards.Build()), cancellationToken);
    }
}
