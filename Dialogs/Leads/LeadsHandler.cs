using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Admin;
using SafetyBot.Cards.Choices;
using SafetyBot.Cards.Replies;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Leads;

/// <summary>"who leads 1.1" or "who leads on county lines" for anyone (the agencies the assessment names, then the action leads;
/// "who leads it?" with nothing asked before asks which programme); "make someone the lead for 1.1" and "remove the lead for 1.1-a" start the admins' dialogs.</summary>
public sealed class LeadsHandler(IOutcomeStore outcomes, KnowledgeActionCatalog actions, IKnowledgeStore store, DialogRunner dialogs, RenderedCards rendered) : IIntentHandler
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
                // Kept per outcome records' version, read before the leads (so a card is never older than its key).
                var reply = await rendered.GetAsync(new LeadsCard(topic, outcomes.Version), BuildAsync, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(ReplyFactory.Card(reply!), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>The leads card of the actions of a topic (every action when none): the agencies named, then the action leads.</summary>
    private async Task<CardReply?> BuildAsync(LeadsCard key, CancellationToken cancellationToken)
    {
        var listed = new List<(string Id, string Title, IReadOnlyList<ActionLead> Leads)>();
        foreach (var a in LeadDialogs.ActionsFor(actions, key.Topic))
        {
            listed.Add((a.Action.Id, a.Action.Title, await outcomes.LeadsOfAsync(a.Action.Id, cancellationToken).ConfigureAwait(false)));
        }

        return AdminCardBuilder.Leads(key.Topic ?? "all actions", listed, NamedLeads(listed.Select(a => a.Id)));
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

    /// <summary>The cache key of a leads card: the topic asked about (none: every action) and the outcome records' version.</summary>
    private sealed record LeadsCard(string? Topic, long OutcomesVersion);
}
