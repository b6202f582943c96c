using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Runs a conversation's dialogs each turn, before any routing: handles cancel, help and back,
/// continues the active dialog, and says whether the turn was consumed. Handlers start dialogs
/// with <see cref="BeginDialogAsync"/>. Conversation state is saved by the bot at the end of the turn.
/// </summary>
public sealed class DialogRunner
{
    private readonly DialogInterruptions _interruptions;

    /// <summary>Creates the runner over the bot's dialogs.</summary>
    public DialogRunner(DialogSet dialogs, DialogInterruptions? interruptions = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        Dialogs = dialogs;
        _interruptions = interruptions ?? DialogInterruptions.Default;
    }

    /// <summary>The dialogs run.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>
    /// True when a dialog is active in the turn's conversation for the member who sent the
    /// activity: it gets their next message before the router does.
    /// </summary>
    public async Task<bool> IsActiveAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var dc = await Dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return dc.ActiveDialog is not null && IsOwner(dc, turnContext.Activity);
    }

    /// <summary>Starts <paramref name="dialogId"/>, cancelling any dialog already in progress.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(ITurnContext turnContext, string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dc = await Dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await dc.BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gives the turn to the active dialog. <see cref="DialogTurnStatus.Empty"/> means the turn was
    /// not consumed (no dialog is active, it is not a message, it comes from another member than
    /// the one the dialog is talking to, or it is a card button of another feature) and should be
    /// routed as usual; any other status means the dialogs answered it.
    /// </summary>
    public async Task<DialogTurnResult> RunAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var dc = await Dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var activity = turnContext.Activity;
        if (dc.ActiveDialog is null || activity.Type != ActivityTypes.Message || !IsOwner(dc, activity) || IsOtherFeaturesButton(activity))
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        if (dc.Stack.Any(instance => Dialogs.Find(instance.Id) is null))
        {
            // Saved by a build that had dialogs this one lacks: start afresh.
            dc.Stack.Clear();
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        TurnWork.Mark(turnContext, TurnWork.ActiveDialog);
        switch (_interruptions.Recognize(activity))
        {
            case DialogInterruption.Cancel:
                var cancelled = await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await SayAsync(turnContext, _interruptions.CancelledMessage, cancellationToken).ConfigureAwait(false);
                return cancelled;
            case DialogInterruption.Help:
                await SayAsync(turnContext, dc.GetHelpText() ?? _interruptions.DefaultHelpMessage, cancellationToken).ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return Dialog.EndOfTurn;
            case DialogInterruption.Back:
                if (await dc.StepBackAsync(cancellationToken).ConfigureAwait(false) is { } back)
                {
                    return back;
                }

                await SayAsync(turnContext, _interruptions.NothingToGoBackToMessage, cancellationToken).ConfigureAwait(false);
                await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return Dialog.EndOfTurn;
            default:
                return await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsOwner(DialogContext dc, IActivity activity) =>
        dc.State.OwnerId is not { } owner || owner == DialogContext.MemberId(activity);

    private static bool IsOtherFeaturesButton(IActivity activity) =>
        CardSubmit.TryRead(activity.AsMessageActivity()?.Value, out var submit)
        && !Verbs.IsDialog(submit.Intent);

    private static Task SayAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
