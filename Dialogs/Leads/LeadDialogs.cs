using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Leads;

/// <summary>What the lead dialogs share.</summary>
internal static class LeadDialogs
{
    /// <summary>The actions <paramref name="topic"/> names: one action, a programme's actions, or all.</summary>
    public static IReadOnlyList<(ProgrammeAction Action, Programme Programme)> ActionsFor(KnowledgeActionCatalog actions, string? topic)
    {
        var all = actions.All();
        if (string.IsNullOrWhiteSpace(topic))
        {
            return all;
        }

        var named = all.Where(a => Of(a, topic)).ToList();
        return named.Count > 0 ? named : all;
    }

    /// <summary>
    /// Whether <paramref name="topic"/> names the action, its programme, or its priority ("2" or "2018/19-2": the programmes of
    /// priority 2, never every action).
    /// </summary>
    private static bool Of((ProgrammeAction Action, Programme Programme) a, string topic) =>
        string.Equals(a.Action.Id, topic, StringComparison.OrdinalIgnoreCase) || a.Programme.Id == topic
        || a.Programme.PriorityId == topic || a.Programme.PriorityId.EndsWith("-" + topic, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="topic"/> is an action's or a programme's code (rather than a topic of figures or nothing).</summary>
    public static bool Names(KnowledgeActionCatalog actions, string topic) =>
        actions.All().Any(a => Of(a, topic));

    public static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text("Let's leave it there: nothing was changed."), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(new LeadsResult(false), cancellationToken).ConfigureAwait(false);
    }
}
