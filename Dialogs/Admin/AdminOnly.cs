using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Admin;

/// <summary>The check admin-only handlers make first, and the kind refusal.</summary>
public static class AdminOnly
{
    /// <summary>True when the speaker is an admin; otherwise tells them so and returns false.</summary>
    public static async Task<bool> CheckAsync(ITurnContext turnContext, IOutcomeStore outcomes, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.IsAdmin(turnContext.Activity.From?.AadObjectId))
        {
            return true;
        }

        await turnContext.SendActivityAsync(
            ReplyFactory.Text($"Only SafetyBot admins can {what}. Admins are set by your Teams administrator in SafetyBot's configuration."),
            cancellationToken).ConfigureAwait(false);
        return false;
    }
}
