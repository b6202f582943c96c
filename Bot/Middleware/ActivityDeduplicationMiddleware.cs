using Microsoft.Bot.Builder;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// Teams re-delivers an activity when a reply was slow; a double click can arrive twice with one
/// id. Each message and invoke is claimed (see <see cref="IActivityClaims"/>) before the turn runs,
/// so a repeat is recognised (even after a restart) and passed over: it is processed once.
/// </summary>
internal sealed partial class ActivityDeduplicationMiddleware(IActivityClaims claims, ILogger<ActivityDeduplicationMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Id) || activity.Type is not (Microsoft.Bot.Schema.ActivityTypes.Message or Microsoft.Bot.Schema.ActivityTypes.Invoke))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var key = ActivityClaim.KeyOf(activity.ChannelId, activity.Conversation?.Id, activity.Id);
        if (!await claims.TryClaimAsync(key, cancellationToken).ConfigureAwait(false))
        {
            LogRepeat(logger, activity.Type, activity.Id);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Passed over a repeated {ActivityType} activity {ActivityId}")]
    private static partial void LogRepeat(ILogger logger, string activityType, string activityId);
}
