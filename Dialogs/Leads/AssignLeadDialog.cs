using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.OutcomeUpdate;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Leads;

/// <summary>
/// Admins: "make someone the lead for 1.1". Which action (skipped when one was named), who
/// (a choice of the conversation's members, or a typed "Name, object-id"), then saved and audited.
/// </summary>
public sealed class AssignLeadDialog : WaterfallDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "leads.assign";

    private const string ActionPrompt = "leads.assign.action";
    private const string MemberPromptId = "leads.assign.member";
    private const string ActionKey = "action";

    private readonly IOutcomeStore _outcomes;
    private readonly KnowledgeActionCatalog _actions;

    /// <summary>Creates the dialog.</summary>
    public AssignLeadDialog(IOutcomeStore outcomes, KnowledgeActionCatalog actions)
        : base(DialogId)
    {
        _outcomes = outcomes;
        _actions = actions;
        HelpText = "I'm helping you make a member the lead of an action. Leads can log its outcome updates. Say \"cancel\" to stop.";
        AddStep(ChooseActionAsync);
        AddStep(ChooseMemberAsync);
        AddStep(SaveAsync);
    }

    /// <summary>The prompts this dialog uses.</summary>
    public static IEnumerable<Dialog> Prompts() =>
    [
        new ChoicePrompt(ActionPrompt),
        new MemberPrompt(MemberPromptId),
    ];

    private async Task<DialogTurnResult> ChooseActionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!_outcomes.IsAdmin(step.Context.Activity.From?.AadObjectId))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("Only SafetyBot admins can assign leads. Nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new LeadsResult(false), cancellationToken).ConfigureAwait(false);
        }

        var topic = (step.Options as LeadsOptions)?.Topic;
        var candidates = LeadDialogs.ActionsFor(_actions, topic);
        if (candidates.Count == 1)
        {
            step.Values[ActionKey] = candidates[0].Action.Id;
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Which action should they lead?"),
            RetryPrompt = MessageFactory.Text("Please choose an action by its button or its code, such as 1.1-a."),
            Choices = [.. candidates.Select(a => new Choice(a.Action.Id, $"{a.Action.Id} {a.Action.Title}", [a.Action.Id]))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ChooseMemberAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp)
        {
            return await LeadDialogs.GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        if (step.Result is FoundChoice action)
        {
            step.Values[ActionKey] = action.Value;
        }

        return await step.PromptAsync(MemberPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text("Who should lead it? Choose a member of this conversation, or type their name and Microsoft Entra object id, such as \"Sam Smith, 7a3e0c52-1b8d-4f6a-9c21-000000000002\"."),
            RetryPrompt = MessageFactory.Text("I couldn't tell who that is. Please choose a member, or type a name and their object id."),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp || step.Result is not TeamMember member)
        {
            return await LeadDialogs.GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }

        var actionId = step.Values.GetValue<string>(ActionKey)!;
        try
        {
            var lead = await _outcomes.AssignLeadAsync(actionId, member.AadObjectId, member.Name, OutcomeUpdateDialog.ActorOf(step.Context.Activity), cancellationToken).ConfigureAwait(false);
            await step.Context.SendActivityAsync(MessageFactory.Text($"Done: {lead.Name} now leads {actionId} {_actions.Find(actionId)?.Action.Title} and can log its updates."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new LeadsResult(true), cancellationToken).ConfigureAwait(false);
        }
        catch (WriteRefusedException refused)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text($"{refused.Message} Nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(new LeadsResult(false), cancellationToken).ConfigureAwait(false);
        }
    }
}
