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

        var named = all.Where(a => string.Equals(a.Action.Id, topic, StringComparison.OrdinalIgnoreCase) || a.Programme.Id == topic).ToList();
        return named.Count > 0 ? named : all;
    }

    /// <summary>Whether <paramref name="topic"/> is an action's or a programme's code (rather than a topic of figures or nothing).</summary>
    public static bool Names(KnowledgeActionCatalog actions, string topic) =>
        actions.All().Any(a => string.Equals(a.Action.Id, topic, StringComparison.OrdinalIgnoreCase) || a.Programme.Id == topic);

    public static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text("Let's leave it there: nothing was changed."), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(new LeadsResult(false), cancellationToken).ConfigureAwait(false);
    }
}
