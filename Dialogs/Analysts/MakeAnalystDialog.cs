using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Leads;
using SafetyBot.Dialogs.OutcomeUpdate;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Analysts;

/// <summary>Admins: "make someone an analyst". Who (a member of the conversation, or a typed "Name, object-id"), then saved and audited.</summary>
public sealed class MakeAnalystDialog : WaterfallDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "analysts.make";

    private const string MemberPromptId = "analysts.make.member";

    private readonly AnalystRoster _roster;

    /// <summary>Creates the dialog.</summary>
    public MakeAnalystDialog(AnalystRoster roster)
        : base(DialogId)
    {
        _roster = roster;
        HelpText = "I'm helping you make a member an analyst. Analysts can load data files (figures, indicators, assessment text) by attaching them in a personal chat with me. Say \"cancel\" to stop.";
        AddStep(ChooseMemberAsync);
        AddStep(SaveAsync);
    }

    /// <summary>The prompts this dialog uses.</summary>
    public static IEnumerable<Dialog> Prompts() => [new MemberPrompt(MemberPromptId)];

    private async Task<DialogTurnResult> ChooseMemberAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!_roster.IsAdmin(step.Context.Activity.From?.AadObjectId))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("Only SafetyBot admins can make analysts. Nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(MemberPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text("Who should be an analyst? Choose a member of this conversation, or type their name and Microsoft Entra object id, such as \"Sam Smith, 7a3e0c52-1b8d-4f6a-9c21-000000000002\"."),
            RetryPrompt = MessageFactory.Text("I couldn't tell who that is. Please choose a member, or type a name and their object id."),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp || step.Result is not TeamMember member)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("Let's leave it there: nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var analyst = _roster.Make(member.AadObjectId, member.Name, OutcomeUpdateDialog.ActorOf(step.Context.Activity));
            await step.Context.SendActivityAsync(MessageFactory.Text($"Done: {analyst.Name} is now an analyst and can load data files by attaching them in a personal chat with me."), cancellationToken).ConfigureAwait(false);
        }
        catch (WriteRefusedException refused)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text($"{refused.Message} Nothing was changed."), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
