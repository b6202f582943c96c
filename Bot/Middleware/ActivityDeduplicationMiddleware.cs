using System.Security.Cryptography;
using System.Text;
using LiteDB;
using Microsoft.Bot.Builder;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Middleware;

/// <summary>
/// Teams re-delivers an activity when a reply was slow; a double click can arrive twice with one
/// id. Each activity id is claimed in the store before the turn runs, so a repeat is recognised
/// (even after a restart) and passed over: it is processed once. Ids older than
/// <see cref="Memory"/> are forgotten in small batches through an index on when they were seen
/// (created at start by <see cref="Hosting.StoreCollectionsService"/>).
/// </summary>
internal sealed partial class ActivityDeduplicationMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    /// <summary>The LiteDB collection of claimed activity ids.</summary>
    public const string CollectionName = "processed_activities";

    /// <summary>How long an id is remembered.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(2);

    /// <summary>Expired ids are forgotten after every this many claims.</summary>
    private const int ForgetEvery = 500;

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger<ActivityDeduplicationMiddleware> _logger;
    private int _claims;

    public ActivityDeduplicationMiddleware(SafetyDatabase database, TimeProvider time, ILogger<ActivityDeduplicationMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
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

        var key = IdOf(activity.ChannelId, activity.Conversation?.Id, activity.Id);
        if (!await TryClaimAsync(key, cancellationToken).ConfigureAwait(false))
        {
            LogRepeat(_logger, activity.Type, activity.Id);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims <paramref name="key"/>, committed (with the claims of concurrent turns) before it answers; false when
    /// it was claimed before. The id's unique index decides: a repeat fails its insert, which group commit undoes alone.
    /// </summary>
    private async Task<bool> TryClaimAsync(Guid key, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var forget = Interlocked.Increment(ref _claims) % ForgetEvery == 0;
        try
        {
            await _database.WriteAsync(
                db =>
                {
                    var claimed = Claimed(db);
                    claimed.Insert(new ProcessedActivity { Id = key, SeenAt = now });
                    return forget ? claimed.DeleteMany(a => a.SeenAt < now - Memory) : 0;
                },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (LiteException exception) when (exception.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }
    }

    /// <summary>The stored id of an activity (see <see cref="ProcessedActivity.Id"/>).</summary>
    internal static Guid IdOf(string? channelId, string? conversationId, string activityId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}|{conversationId}|{activityId}"), hash);
        return new Guid(hash[..16]);
    }

    private static ILiteCollection<ProcessedActivity> Claimed(ILiteDatabase db) => db.GetCollection<ProcessedActivity>(CollectionName);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Passed over a repeated {ActivityType} activity {ActivityId}")]
    private static partial void LogRepeat(ILogger logger, string activityType, string activityId);
}
