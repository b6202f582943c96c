using Microsoft.Bot.Builder;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// Teams re-delivers an activity when a reply was slow; a double click can arrive twice with one
/// id. Each message and invoke is claimed (see <see cref="IActivityClaims"/>) before the turn runs,
/// so a repeat is recognised (even after a restart) and passed over: it is processed once. On PostgreSQL the turn lock,
/// which runs first, takes the claim in the same round trip as the lock (<see cref="ActivityClaimDecision"/>). When the turn fails on a
/// store error (or a state write conflict) the claim is withdrawn, so that a re-delivery is processed, not passed over.
/// </summary>
internal sealed partial class ActivityDeduplicationMiddleware(IActivityClaims claims, ILogger<ActivityDeduplicationMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (ClaimKeyOf(activity) is not { } key)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var claimed = turnContext.TurnState.Get<ActivityClaimDecision>() is { } decided && decided.Key == key
            ? decided.Claimed
            : await claims.TryClaimAsync(key, cancellationToken).ConfigureAwait(false);
        if (!claimed)
        {
            LogRepeat(logger, activity.Type, activity.Id);
            return;
        }

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (StoreFaults.IsStoreError(exception) || exception is Storage.StorageConflictException)
        {
            try
            {
                await claims.WithdrawAsync(key, CancellationToken.None).ConfigureAwait(false);
                LogWithdrawn(logger, activity.Type, activity.Id);
            }
            catch (Exception withdrawal) when (StoreFaults.IsStoreError(withdrawal))
            {
                // The store refuses this too: the claim stays, and the turn's own error goes on to the error boundary.
                LogNotWithdrawn(logger, activity.Type, activity.Id, withdrawal);
            }

            throw;
        }
    }

    /// <summary>The claim key of <paramref name="activity"/>, or null when it is not claimed (only messages and invokes with an id are).</summary>
    internal static Guid? ClaimKeyOf(Microsoft.Bot.Schema.Activity activity) =>
        string.IsNullOrEmpty(activity.Id) || activity.Type is not (Microsoft.Bot.Schema.ActivityTypes.Message or Microsoft.Bot.Schema.ActivityTypes.Invoke)
            ? null
            : ActivityClaim.KeyOf(activity.ChannelId, activity.Conversation?.Id, activity.Id);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Withdrew the claim of {ActivityType} activity {ActivityId}: its turn failed on the store, so a re-delivery will be processed")]
    private static partial void LogWithdrawn(ILogger logger, string activityType, string activityId);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Could not withdraw the claim of {ActivityType} activity {ActivityId} after its turn failed on the store")]
    private static partial void LogNotWithdrawn(ILogger logger, string activityType, string activityId, Exception exception);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Passed over a repeated {ActivityType} activity {ActivityId}")]
    private static partial void LogRepeat(ILogger logger, string activityType, string activityId);
}
