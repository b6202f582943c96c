using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Engine;

namespace SafetyBot.Dialogs.Routing;

/// <summary>
/// What a turn is working on, marked in the turn's state as soon as it is known: the active dialog (the
/// <see cref="DialogRunner"/> gave it the turn) or a question (the <see cref="ConversationRouter"/> routed it). When the
/// turn fails, the error boundary forgets only that part of the conversation's state (<see cref="Forget"/>): a dialog
/// that failed ends, a question that failed loses its follow-up context and leaves a dialog in progress as it was.
/// </summary>
public sealed class TurnWork
{
    private TurnWork(string property) => Property = property;

    /// <summary>The active dialog is handling the turn: its stack is what the turn works on.</summary>
    public static TurnWork ActiveDialog { get; } = new(DialogSet.DefaultPropertyName);

    /// <summary>The turn is a question routed to its handler: the last question (for follow-ups) is what it works on.</summary>
    public static TurnWork Question { get; } = new(ConversationAccessors.QuestionsProperty);

    /// <summary>The conversation-state property the turn works on.</summary>
    public string Property { get; }

    /// <summary>Marks what <paramref name="turnContext"/> is working on.</summary>
    public static void Mark(ITurnContext turnContext, TurnWork work)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(work);
    }

    /// <summary>
    /// Forgets from <paramref name="state"/> (a conversation's state as it was stored before the turn) what the failed
    /// turn <paramref name="failedTurn"/> was working on; everything, when it is not known (the turn failed before a
    /// dialog or a handler had it, so the state itself may be what failed). Says what became of the member's dialog.
    /// </summary>
    public static DialogAfterFailure Forget(IDictionary<string, object> state, ITurnContext failedTurn)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(failedTurn);
        var hadDialog = state.TryGetValue(DialogSet.DefaultPropertyName, out var stored)
            && stored is DialogState { DialogStack.Count: > 0 } dialog
            && (dialog.OwnerId is null || dialog.OwnerId == DialogContext.MemberId(failedTurn.Activity));
        var work = failedTurn.TurnState.Get<TurnWork>();
        if (work is null)
        {
            state.Clear();
        }
        else
        {
            state.Remove(work.Property);
        }

        return !hadDialog ? DialogAfterFailure.None
            : work == Question ? DialogAfterFailure.Kept
            : DialogAfterFailure.Ended;
    }
}
