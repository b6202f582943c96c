using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Admin;
using SafetyBot.Cards.Choices;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Leads;

/// <summary>"who leads 1.1" or "who leads on county lines" for anyone (the agencies the assessment names, then the action leads;
/// "who leads it?" with nothing asked before asks which programme); "make someone the lead for 1.1" and "remove the lead for 1.1-a" start the admins' dialogs.</summary>
public sealed class LeadsHandler(IOutcomeStore outcomes, KnowledgeActionCatalog actions, IKnowledgeStore store, DialogRunner dialogs) : IIntentHandler
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
            case Intent.ListLeads when topic is null && understanding is { FollowUp: true, FromCard: false }:
                // "who leads it?" with nothing asked before: ask which programme rather than list every lead.
                var programmes = actions.All().Select(a => a.Programme).DistinctBy(p => p.Id).ToList();
                await turnContext.SendActivityAsync(ReplyFactory.Card(WhichProgrammeCardBuilder.Build(programmes, Intent.ListLeads)), cancellationToken).ConfigureAwait(false);
                break;
            default:
                var listed = new List<(string Id, string Title, IReadOnlyList<ActionLead> Leads)>();
                foreach (var a in LeadDialogs.ActionsFor(actions, topic))
                {
                    listed.Add((a.Action.Id, a.Action.Title, await outcomes.LeadsOfAsync(a.Action.Id, cancellationToken).ConfigureAwait(false)));
                }

                var reply = AdminCardBuilder.Leads(topic ?? "all actions", listed, NamedLeads(listed.Select(a => a.Id)));
                await turnContext.SendActivityAsync(ReplyFactory.Card(reply), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// The agencies the assessment names as leading the programmes of <paramref name="actionIds"/>, or the
    /// interventions of the 2017/18 review those programmes continue.
    /// </summary>
    private List<(string About, NamedLead Lead)> NamedLeads(IEnumerable<string> actionIds)
    {
        var named = new List<(string About, NamedLead Lead)>();
        var programmes = actionIds.Select(id => id.Split('-')[0]).Distinct(StringComparer.Ordinal);
        foreach (var detail in programmes.Select(store.Programme).OfType<ProgrammeDetail>())
        {
            if (detail.Programme.LeadAgency is { } lead)
            {
                named.Add(($"{detail.Programme.Id} {detail.Programme.Title}", lead));
            }

            named.AddRange(detail.Interventions.Where(i => i.LeadAgency is not null).Select(i => (i.Title + " (review of 2017/18)", i.LeadAgency!)));
        }

        return [.. named.DistinctBy(n => (n.About, n.Lead.Agency))];
    }
}
