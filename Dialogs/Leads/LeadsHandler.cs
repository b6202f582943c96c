using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Admin;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Leads;

/// <summary>"who leads 1.1" for anyone; "make someone the lead for 1.1" and "remove the lead for 1.1-a" start the admins' dialogs.</summary>
public sealed class LeadsHandler(OutcomeStore outcomes, KnowledgeActionCatalog actions, DialogRunner dialogs) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.ListLeads, Intent.AssignLead, Intent.RemoveLead];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var topic = understanding.Topic;
        switch (understanding.Intent)
        {
            case Intent.AssignLead:
                await dialogs.BeginDialogAsync(turnContext, AssignLeadDialog.DialogId, new LeadsOptions { Topic = topic }, cancellationToken).ConfigureAwait(false);
                break;
            case Intent.RemoveLead:
                await dialogs.BeginDialogAsync(turnContext, RemoveLeadDialog.DialogId, new LeadsOptions { Topic = topic }, cancellationToken).ConfigureAwait(false);
                break;
            default:
                var listed = LeadDialogs.ActionsFor(actions, topic)
                    .Select(a => (a.Action.Id, a.Action.Title, outcomes.LeadsOf(a.Action.Id)))
                    .ToList();
                await turnContext.SendActivityAsync(ReplyFactory.Card(AdminCardBuilder.Leads(topic ?? "all actions", listed)), cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
