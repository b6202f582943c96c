using Microsoft.Bot.Builder;
using SafetyBot.Cards;
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
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Clarify];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var candidates = understanding.Candidates
            .Select(store.FindIndicator)
            .OfType<Indicator>()
            .ToList();
        var asked = understanding.Asked is { } intent && FollowUpResolver.IndicatorIntents.Contains(intent) ? intent : Intent.Change;
        // "the incidents one", "the second one": a typed reply picks from what the card offered, in its order.
        AnswerMemory.RecordItems(turnContext, candidates.Select(c => c.Id));
        await turnContext.SendActivityAsync(ReplyFactory.Card(DidYouMeanCardBuilder.Build(candidates, asked, PeriodFields.Write(understanding.Period))), cancellationToken).ConfigureAwait(false);
    }
}
