using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.OutcomeUpdate;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Leads;

/// <summary>Admins: "remove the lead for 1.1-a". Which action, which of its leads, then removed and audited.</summary>
public sealed class RemoveLeadDialog : WaterfallDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "leads.remove";

    private const string ActionPrompt = "leads.remove.action";
    private const string LeadPrompt = "leads.remove.lead";
    private const string ActionKey = "action";

    private readonly IOutcomeStore _outcomes;
    private readonly KnowledgeActionCatalog _actions;

    /// <summary>Creates the dialog.</summary>
    public RemoveLeadDialog(IOutcomeStore outcomes, KnowledgeActionCatalog actions)
        : base(DialogId)
    {
        _outcomes = outcomes;
        _actions = actions;
        HelpText = "I'm helping you remove a lead from an action. Say \"cancel\" to stop.";
        AddStep(ChooseActionAsync);
        AddStep(ChooseLeadAsync);
        AddStep(RemoveAsync);
    }

    /// <summary>The prompts this dialog uses.</summary>
    public static IEnumerable<Dialog> Prompts() => [new ChoicePrompt(ActionPrompt), new ChoicePrompt(LeadPrompt)];

    private async Task<DialogTurnResult> ChooseActionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!_outcomes.IsAdmin(step.Context.Activity.From?.AadObjectId))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("Only SafetyBot admins can remove leads. Nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new LeadsResult(false), cancellationToken).ConfigureAwait(false);
        }

        var led = new List<(ProgrammeAction Action, Programme Programme)>();
        foreach (var a in LeadDialogs.ActionsFor(_actions, (step.Options as LeadsOptions)?.Topic))
        {
            if ((await _outcomes.LeadsOfAsync(a.Action.Id, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                led.Add(a);
            }
        }

        if (led.Count == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("No lead is assigned there, so there is nothing to remove."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new LeadsResult(false), cancellationToken).ConfigureAwait(false);
        }

        if (led.Count == 1)
        {
            step.Values[ActionKey] = led[0].Action.Id;
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Which action?"),
            RetryPrompt = MessageFactory.Text("Please choose an action by its button or its code."),
            Choices = [.. led.Select(a => new Choice(a.Action.Id, $"{a.Action.Id} {a.Action.Title}", [a.Action.Id]))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ChooseLeadAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await LeadDialogs.GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is FoundChoice action)
        {
            step.Values[ActionKey] = action.Value;
        }

        var leads = await _outcomes.LeadsOfAsync(step.Values.GetValue<string>(ActionKey)!, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(LeadPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Which lead should I remove?"),
            RetryPrompt = MessageFactory.Text("Please choose one of the leads."),
            Choices = [.. leads.Select(l => new Choice(l.AadObjectId, l.Name, [l.Name]))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RemoveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp || step.GetResult<FoundChoice>() is not { } lead)
        {
            return await LeadDialogs.GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var actionId = step.Values.GetValue<string>(ActionKey)!;
        try
        {
            var removed = await _outcomes.RemoveLeadAsync(actionId, lead.Value, OutcomeUpdateDialog.ActorOf(step.Context.Activity), cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(MessageFactory.Text(removed ? $"Done: they no longer lead {actionId}." : "They were not a lead of that action; nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new LeadsResult(removed), cancellationToken).ConfigureAwait(false);
        }
        catch (WriteRefusedException refused)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text($"{refused.Message} Nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new LeadsResult(false), cancellationToken).ConfigureAwait(false);
        }
    }
}
