using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Outcomes;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.UpdateHistory;

/// <summary>"show updates for 1.1", "what's the latest on county lines": outcome updates newest first, for any member.</summary>
public sealed class UpdateHistoryHandler(IOutcomeStore outcomes, KnowledgeActionCatalog actions) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.UpdateHistory];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var topic = understanding.Topic;
        var matching = actions.All()
            .Where(a => topic is null || string.Equals(a.Action.Id, topic, StringComparison.OrdinalIgnoreCase) || a.Programme.Id == topic)
            .ToList();
        if (matching.Count == 0)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Text("I couldn't find that action or programme. Codes look like 1.1 (a programme) or 1.1-a (an action)."), cancellationToken).ConfigureAwait(false);
            return;
        }

        var ids = matching.Select(a => a.Action.Id).ToHashSet(StringComparer.Ordinal);
        var subject = topic is null ? "all actions"
            : matching.Count == 1 ? $"{matching[0].Action.Id} {matching[0].Action.Title}"
            : $"{matching[0].Programme.Id} {matching[0].Programme.Title}";
        var updates = (await outcomes.AllUpdatesAsync(cancellationToken).ConfigureAwait(false)).Where(u => ids.Contains(u.ActionId)).ToList();
        var leads = new List<ActionLead>();
        foreach (var id in ids)
        {
            leads.AddRange(await outcomes.LeadsOfAsync(id, cancellationToken).ConfigureAwait(false));
        }

        await turnContext.SendActivityAsync(ReplyFactory.Card(OutcomeCardBuilder.History(subject, updates, leads)), cancellationToken).ConfigureAwait(false);
    }
}
