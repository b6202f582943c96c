using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.OutcomeUpdate;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Analysts;

/// <summary>Admins: "remove an analyst". Which analyst (buttons), then removed and audited.</summary>
public sealed class RemoveAnalystDialog : WaterfallDialog
{
    /// <summary>The dialog's id.</summary>
    public const string DialogId = "analysts.remove";

    private const string AnalystPrompt = "analysts.remove.analyst";

    private readonly AnalystRoster _roster;

    /// <summary>Creates the dialog.</summary>
    public RemoveAnalystDialog(AnalystRoster roster)
        : base(DialogId)
    {
        _roster = roster;
        HelpText = "I'm helping you remove an analyst: they will no longer be able to load data files. Say \"cancel\" to stop.";
        AddStep(ChooseAnalystAsync);
        AddStep(RemoveAsync);
    }

    /// <summary>The prompts this dialog uses.</summary>
    public static IEnumerable<Dialog> Prompts() => [new ChoicePrompt(AnalystPrompt)];

    private async Task<DialogTurnResult> ChooseAnalystAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!_roster.IsAdmin(step.Context.Activity.From?.AadObjectId))
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("Only SafetyBot admins can remove analysts. Nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var analysts = _roster.All();
        if (analysts.Count == 0)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("There are no analysts, so there is nobody to remove."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(AnalystPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text("Which analyst should I remove?"),
            RetryPrompt = MessageFactory.Text("Please choose one of the analysts."),
            Choices = [.. analysts.Select(a => new Choice(a.Id, a.Name, [a.Name]))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RemoveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.PromptGaveUp || step.GetResult<FoundChoice>() is not { } analyst)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text("Let's leave it there: nothing was changed."), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var removed = _roster.Remove(analyst.Value, OutcomeUpdateDialog.ActorOf(step.Context.Activity));
            await step.Context.SendActivityAsync(MessageFactory.Text(removed
                ? "Done: they are no longer an analyst and can no longer load data files."
                : "They were not an analyst; nothing was changed."), cancellationToken).ConfigureAwait(false);
        }
        catch (WriteRefusedException refused)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text($"{refused.Message} Nothing was changed."), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
