using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// The dialog stack of one conversation during one turn: begin, continue, end, replace and
/// cancel dialogs. The active dialog is <c>Stack[0]</c>.
/// </summary>
public class DialogContext
{
    /// <summary>Creates a context over <paramref name="state"/> (use <see cref="DialogSet.CreateContextAsync"/>).</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        State = state;
    }

    /// <summary>The dialogs that can be begun.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The persisted stack, active dialog first.</summary>
    public IList<DialogInstance> Stack => State.DialogStack;

    /// <summary>The active dialog's instance, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The persisted state the stack lives in.</summary>
    internal DialogState State { get; }

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="InvalidOperationException">No dialog has the id.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' is in the set.");
        if (Stack.Count == 0)
        {
            State.OwnerId = MemberId(Context.Activity);
        }

        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt: <see cref="BeginDialogAsync"/> with <see cref="PromptOptions"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Continues the active dialog with the turn's message; <see cref="DialogTurnStatus.Empty"/> when none is active.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await FindDialog(instance).ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is { } parent)
        {
            return await FindDialog(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins <paramref name="dialogId"/> in its place (its parent is untouched).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on the stack; <see cref="DialogTurnStatus.Empty"/> when there were none.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            await FindDialog(instance).RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Goes back to the previous question: the nearest dialog on the stack that can step back
    /// (a waterfall past its first question) does, and the dialogs above it (the open prompt)
    /// end. Returns null when nothing can go back; the stack is then untouched.
    /// </summary>
    public async Task<DialogTurnResult?> StepBackAsync(CancellationToken cancellationToken = default)
    {
        var depth = -1;
        for (var i = 0; i < Stack.Count; i++)
        {
            if (FindDialog(Stack[i]).CanStepBack(Stack[i]))
            {
                depth = i;
                break;
            }
        }

        if (depth < 0)
        {
            return null;
        }

        for (var i = 0; i < depth; i++)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return await FindDialog(ActiveDialog!).StepBackAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The help of the active dialog, or of the nearest dialog below it that has some.</summary>
    public string? GetHelpText()
    {
        foreach (var instance in Stack)
        {
            if (FindDialog(instance).GetHelpText(instance) is { Length: > 0 } help)
            {
                return help;
            }
        }

        return null;
    }

    /// <summary>The dialog an instance runs.</summary>
    /// <exception cref="InvalidOperationException">The set no longer has that dialog (it was renamed since the state was saved).</exception>
    public Dialog FindDialog(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Dialogs.Find(instance.Id) ?? throw new InvalidOperationException($"The dialog '{instance.Id}' on the stack is not in the set.");
    }

    /// <summary>Who sent the activity: the AAD object id in Teams, else the channel's member id.</summary>
    internal static string? MemberId(IActivity activity) =>
        activity?.From is { } from ? (string.IsNullOrEmpty(from.AadObjectId) ? from.Id : from.AadObjectId) : null;

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is { } instance)
        {
            if (Dialogs.Find(instance.Id) is { } dialog)
            {
                await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
            }

            Stack.RemoveAt(0);
        }
    }
}
