using LiteDB;
using Microsoft.Bot.Builder;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// Teams re-delivers an activity when a reply was slow; a double click can arrive twice with one
/// id. Each activity id is claimed in the store before the turn runs, so a repeat is recognised
/// (even after a restart) and passed over: it is processed once.
/// </summary>
internal sealed partial class ActivityDeduplicationMiddleware(SafetyDatabase database, TimeProvider time, ILogger<ActivityDeduplicationMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>The LiteDB collection of claimed activity ids.</summary>
    public const string CollectionName = "processed_activities";

    /// <summary>How long an id is remembered.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(2);

    private int _claims;

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

        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        if (!TryClaim(key))
        {
            LogRepeat(logger, activity.Type, activity.Id);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    private bool TryClaim(string key)
    {
        var collection = database.Database.GetCollection<ProcessedActivity>(CollectionName);
        try
        {
            collection.Insert(new ProcessedActivity { Id = key, SeenAt = time.GetUtcNow() });
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }

        if (Interlocked.Increment(ref _claims) % 500 == 0)
        {
            var before = time.GetUtcNow() - Memory;
            collection.DeleteMany(a => a.SeenAt < before);
        }

        return true;
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Passed over a repeated {ActivityType} activity {ActivityId}")]
    private static partial void LogRepeat(ILogger logger, string activityType, string activityId);
}
