using Microsoft.Bot.Builder;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// A conversation that can span turns, run on a <see cref="DialogContext"/>'s stack. Modelled on
/// the Bot Framework's <c>Dialog</c>: begin, continue, resume after a child ends, re-prompt, end.
/// </summary>
public abstract class Dialog
{
    /// <summary>Creates a dialog with the id it is found by in its <see cref="DialogSet"/>.</summary>
    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>What a dialog returns when it waits for the member's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    /// <summary>The dialog's id, unique in its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>What "help" says while this dialog is active; null to defer to the dialog below it.</summary>
    public string? HelpText { get; init; }

    /// <summary>Starts the dialog; it has just been pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Continues the dialog with the member's message. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child dialog ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the current question again (after "help", say). By default does nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called as the dialog leaves the stack (ended, replaced or cancelled). By default does nothing.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>The help for this instance; by default <see cref="HelpText"/>.</summary>
    public virtual string? GetHelpText(DialogInstance instance) => HelpText;

    /// <summary>True when the instance has an earlier question to go back to.</summary>
    public virtual bool CanStepBack(DialogInstance instance) => false;

    /// <summary>
    /// Goes back to the previous question; the instance is the active dialog. Only called when
    /// <see cref="CanStepBack"/> is true.
    /// </summary>
    public virtual Task<DialogTurnResult> StepBackAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException($"The dialog '{Id}' cannot go back.");
}
