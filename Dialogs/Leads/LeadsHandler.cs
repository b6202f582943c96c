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
            case Intent.ListLeads when TopicOfFigures(topic) is { } indicator:
                await SendLeadsOfATopicAsync(turnContext, indicator, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // Kept per outcome records' version, read before the leads (so a card is never older than its key).
                var reply = await rendered.GetAsync(new LeadsCard(topic, outcomes.Version), BuildAsync, cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(ReplyFactory.Card(reply!), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// "who leads on shoplifting": the assessment names leads only for programmes and the interventions of the 2017/18 review, never
    /// for a topic of figures. Says so, with the leads of the programmes that draw on the topic's figures when there are any, and
    /// never another programme's lead as if it led the topic.
    /// </summary>
    private async Task SendLeadsOfATopicAsync(ITurnContext turnContext, Indicator indicator, CancellationToken cancellationToken)
    {
        var name = indicator.DisplayName.ToLowerInvariant();
        var drawing = ActionsDrawingOn(indicator);
        if (drawing.Count == 0)
        {
            await turnContext.SendActivityAsync(
                ReplyFactory.Text($"The 2017/18 strategic assessment names no lead for {name}: it names leads only for its programmes and the interventions of the 2017/18 review, and none of its programmes draws on the {name} figures. Ask \"who leads\" for every programme's leads."),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var programmes = string.Join(", ", drawing.Select(a => $"{a.Programme.Id} {a.Programme.Title}").Distinct(StringComparer.Ordinal));
        await turnContext.SendActivityAsync(
            ReplyFactory.Text($"The 2017/18 strategic assessment names no lead for {name} itself: it names leads for programmes. The programmes that draw on its figures: {programmes}."),
            cancellationToken).ConfigureAwait(false);
        var reply = await rendered.GetAsync(new LeadsCard(indicator.Id, outcomes.Version), BuildAsync, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(ReplyFactory.Card(reply!), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The actions a leads card lists: those a topic names (an action or programme code), or those of the programmes drawing on an indicator's figures, or every action.</summary>
    private IReadOnlyList<(ProgrammeAction Action, Programme Programme)> ActionsOf(string? topic) =>
        TopicOfFigures(topic) is { } indicator ? ActionsDrawingOn(indicator) : LeadDialogs.ActionsFor(actions, topic);

    /// <summary>The indicator <paramref name="topic"/> names when it is a topic of figures, not an action or programme code.</summary>
    private Indicator? TopicOfFigures(string? topic) =>
        topic is not null && !LeadDialogs.Names(actions, topic) ? store.FindIndicator(topic) : null;

    /// <summary>The actions of the programmes whose evidence includes <paramref name="indicator"/>'s figures.</summary>
    private List<(ProgrammeAction Action, Programme Programme)> ActionsDrawingOn(Indicator indicator) =>
        [.. actions.All().Where(a => a.Programme.EvidenceIndicatorIds.Contains(indicator.Id, StringComparer.OrdinalIgnoreCase))];

    /// <summary>The leads card of the actions of a topic (every action when none): the agencies named, then the action leads.</summary>
    private async Task<CardReply?> BuildAsync(LeadsCard key, CancellationToken cancellationToken)
    {
        var listed = new List<(string Id, string Title, IReadOnlyList<ActionLead> Leads)>();
        foreach (var a in ActionsOf(key.Topic))
        {
            listed.Add((a.Action.Id, a.Action.Title, await outcomes.LeadsOfAsync(a.Action.Id, cancellationToken).ConfigureAwait(false)));
        }

        var subject = TopicOfFigures(key.Topic) is { } indicator
            ? $"the programmes that draw on the {indicator.DisplayName.ToLowerInvariant()} figures"
            : key.Topic is { } code && int.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out _) ? "priority " + code
            : key.Topic ?? "all actions";
        return AdminCardBuilder.Leads(subject, listed, NamedLeads(listed.Select(a => a.Id)), ofASubject: key.Topic is not null);
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
