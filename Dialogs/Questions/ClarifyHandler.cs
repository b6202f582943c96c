using Microsoft.Bot.Builder;
using SafetyBot.Cards.Choices;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Asks which topic was meant when a question fitted several equally, rather than guessing.</summary>
public sealed class ClarifyHandler(IKnowledgeStore store) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = [Routing.Intents.Clarify];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var candidates = (understanding.Slot(Slots.Candidates) ?? string.Empty)
            .Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(store.FindIndicator)
            .OfType<Indicator>()
            .ToList();
        var verb = understanding.Slot(Slots.Asked) is { } asked && FollowUpResolver.IndicatorIntents.Contains(asked) ? asked : Routing.Intents.Change;
        await turnContext.SendActivityAsync(ReplyFactory.Card(DidYouMeanCardBuilder.Build(candidates, verb)), cancellationToken).ConfigureAwait(false);
    }
}
