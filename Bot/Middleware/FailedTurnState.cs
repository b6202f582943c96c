using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// What the error boundary does to a failed turn's conversation state: it reads the state as stored before the turn
/// (the failed turn saved nothing) and forgets only what the turn was working on (<see cref="TurnWork.Forget"/>), so a
/// dialog in progress survives a question that failed in the middle of it, and a dialog step that failed ends only
/// that dialog. State that does not read back is deleted: the conversation starts cleanly.
/// </summary>
internal static class FailedTurnState
{
    /// <summary>The storage key of the activity's conversation state, as the SDK's <c>ConversationState</c> names it.</summary>
    public static string KeyOf(IActivity activity) => $"{activity.ChannelId}/conversations/{activity.Conversation.Id}";

    /// <summary>Forgets what the failed turn was working on from its conversation's stored state; says what became of the member's dialog.</summary>
    public static async Task<DialogAfterFailure> ForgetAsync(IStorage storage, ITurnContext failedTurn, CancellationToken cancellationToken)
    {
        var key = KeyOf(failedTurn.Activity);
        IDictionary<string, object> read;
        try
        {
            read = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Saved in a shape this build does not read.
            await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
            return DialogAfterFailure.None;
        }

        if (!read.TryGetValue(key, out var stored))
        {
            return DialogAfterFailure.None;
        }

        if (stored is not IDictionary<string, object> state)
        {
            await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
            return DialogAfterFailure.None;
        }

        var dialog = TurnWork.Forget(state, failedTurn);
        if (state.Count == 0)
        {
            await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            // A plain object, written as the SDK's ConversationState writes it.
            await storage.WriteAsync(new Dictionary<string, object> { [key] = state }, cancellationToken).ConfigureAwait(false);
        }

        return dialog;
    }
}
