using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Glossary;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "what does MSG mean" with the term's card; with no term or an unknown one, lists the terms it can explain.</summary>
public sealed class GlossaryHandler(GlossaryCardBuilder cards) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Glossary];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        return turnContext.SendActivityAsync(ReplyFactory.Card(cards.Build(understanding.Topic)), cancellationToken);
    }
}
