using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// Put in a failed turn's state by <see cref="ConversationTurnLockMiddleware"/> once it has forgotten what the turn was
/// working on (<see cref="FailedTurnState"/>) while still holding the conversation's lock: the error boundary then does
/// not do it again, after the lock is gone, where it could overwrite what the conversation's next turn, on another
/// instance, has just saved. It says what became of the member's dialog, for the apology.
/// </summary>
internal sealed class ConversationStateReset(DialogAfterFailure dialog)
{
    /// <summary>What became of the member's dialog.</summary>
    public DialogAfterFailure Dialog { get; } = dialog;
}
