namespace SafetyBot.Bot.Middleware;

/// <summary>
/// Put in a failed turn's state by <see cref="ConversationTurnLockMiddleware"/> once it has cleared the conversation's
/// state while still holding the conversation's lock: the error boundary then does not clear it again, after the lock
/// is gone, where it could delete what the conversation's next turn, on another instance, has just saved.
/// </summary>
internal sealed class ConversationStateReset;
