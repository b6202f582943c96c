using LiteDB;
using Microsoft.Bot.Builder;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// Teams re-delivers an activity when a reply was slow; a double click can arrive twice with one
/// id. Each activity id is claimed in the store before the turn runs, so a repeat is recognised
/// (even after a restart) and passed over: it is processed once. Ids older than
/// <see cref="Memory"/> are forgotten in small batches through an index on when they were seen.
/// </summary>
internal sealed partial class ActivityDeduplicationMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>The LiteDB collection of claimed activity ids.</summary>
    public const string CollectionName = "processed_activities";

    /// <summary>How long an id is remembered.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(2);

    /// <summary>Expired ids are forgotten after every this many claims.</summary>
    private const int ForgetEvery = 500;

    private readonly ILiteCollection<ProcessedActivity> _claimed;
    private readonly TimeProvider _time;
    private readonly ILogger<ActivityDeduplicationMiddleware> _logger;
    private int _claims;

    public ActivityDeduplicationMiddleware(SafetyDatabase database, TimeProvider time, ILogger<ActivityDeduplicationMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        _claimed = database.Database.GetCollection<ProcessedActivity>(CollectionName);
        _claimed.EnsureIndex(a => a.SeenAt);
        _time = time;
        _logger = logger;
    }

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
            LogRepeat(_logger, activity.Type, activity.Id);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    private bool TryClaim(string key)
    {
        try
        {
            _claimed.Insert(new ProcessedActivity { Id = key, SeenAt = _time.GetUtcNow() });
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }

        if (Interlocked.Increment(ref _claims) % ForgetEvery == 0)
        {
            var before = _time.GetUtcNow() - Memory;
            _claimed.DeleteMany(a => a.SeenAt < before);
        }

        return true;
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Passed over a repeated {ActivityType} activity {ActivityId}")]
    private static partial void LogRepeat(ILogger logger, string activityType, string activityId);
}
