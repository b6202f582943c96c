using LiteDB;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary>
/// What was posted for which quarter to which conversation, so that restarts neither repeat nor
/// miss a summary (<see cref="ISummaryDeliveryLog"/> in the LiteDB file). A sender first <see cref="TryClaimAsync">claims</see> a delivery (one LiteDB
/// transaction: only one claimant wins), posts, then marks it <see cref="MarkSentAsync">sent</see> or
/// <see cref="MarkFailedAsync">failed</see>.
/// </summary>
/// <remarks>
/// Each instance is one run of the app. A claim left in <see cref="SummaryDeliveryState.Sending"/>
/// by another run belongs to a process that stopped mid-post (LiteDB's direct mode allows one
/// process per file), so it may be claimed again at once: the PostgreSQL log's lease
/// (<c>QuarterlySummary:DeliveryLease</c>) is the time another instance might still be posting, and
/// here there is none. The lease's other half applies to both: the dispatcher stops a post after
/// <see cref="Schedule.QuarterlySummaryOptions.LongestPost"/>. The only case that can repeat a post is a
/// stop between Teams accepting it and <see cref="MarkSentAsync"/>, once.
/// </remarks>
public sealed class LiteDbSummaryDeliveryLog : ISummaryDeliveryLog
{
    /// <summary>Collection of delivery records.</summary>
    public const string CollectionName = "proactive_summary_deliveries";

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>Creates the log on the app's database, for a new run.</summary>
    public LiteDbSummaryDeliveryLog(SafetyDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        Deliveries.EnsureIndex(d => d.QuarterKey);
    }

    /// <inheritdoc />
    public string RunId { get; } = Guid.NewGuid().ToString("N");

    private ILiteCollection<SummaryDelivery> Deliveries => _database.Database.GetCollection<SummaryDelivery>(CollectionName);

    /// <summary>The id of the record of <paramref name="quarterKey"/> to <paramref name="conversationKey"/>.</summary>
    public static string IdOf(string quarterKey, string conversationKey) => $"{quarterKey}|{conversationKey}";

    /// <inheritdoc />
    public Task<SummaryDelivery?> FindAsync(string quarterKey, string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<SummaryDelivery?>(Deliveries.FindById(IdOf(quarterKey, conversationKey)));

    /// <inheritdoc />
    public Task<IReadOnlyList<SummaryDelivery>> ForQuarterAsync(string quarterKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SummaryDelivery>>(Deliveries.Find(d => d.QuarterKey == quarterKey).OrderBy(d => d.ConversationKey, StringComparer.Ordinal).ToList());

    /// <inheritdoc />
    public Task<bool> IsDueAsync(string quarterKey, string conversationKey, int maxAttempts, CancellationToken cancellationToken = default) =>
        Task.FromResult(CanClaim(Deliveries.FindById(IdOf(quarterKey, conversationKey)), maxAttempts));

    /// <inheritdoc />
    public Task<bool> TryClaimAsync(string quarterKey, string conversationKey, int maxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quarterKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return Task.FromResult(InTransaction(() =>
        {
            var id = IdOf(quarterKey, conversationKey);
            var delivery = Deliveries.FindById(id);
            if (!CanClaim(delivery, maxAttempts))
            {
                return false;
            }

            delivery ??= new SummaryDelivery { Id = id, QuarterKey = quarterKey, ConversationKey = conversationKey };
            delivery.State = SummaryDeliveryState.Sending;
            delivery.Attempts++;
            delivery.ClaimedBy = RunId;
            delivery.ClaimedAt = _time.GetUtcNow();
            Deliveries.Upsert(delivery);
            return true;
        }));
    }

    /// <inheritdoc />
    public Task MarkSentAsync(string quarterKey, string conversationKey, string? activityId, CancellationToken cancellationToken = default) => Update(quarterKey, conversationKey, delivery =>
    {
        delivery.State = SummaryDeliveryState.Sent;
        delivery.SentAt = _time.GetUtcNow();
        delivery.ActivityId = activityId;
    });

    /// <inheritdoc />
    public Task MarkFailedAsync(string quarterKey, string conversationKey, string error, bool giveUp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return Update(quarterKey, conversationKey, delivery =>
        {
            delivery.State = giveUp ? SummaryDeliveryState.GaveUp : SummaryDeliveryState.Failed;
            delivery.LastError = error;
            delivery.LastErrorAt = _time.GetUtcNow();
        });
    }

    private bool CanClaim(SummaryDelivery? delivery, int maxAttempts) => delivery switch
    {
        null => true,
        { State: SummaryDeliveryState.Sent or SummaryDeliveryState.GaveUp } => false,
        { State: SummaryDeliveryState.Sending } => delivery.ClaimedBy != RunId && delivery.Attempts < maxAttempts,
        _ => delivery.Attempts < maxAttempts,
    };

    private Task Update(string quarterKey, string conversationKey, Action<SummaryDelivery> change) => Task.FromResult(InTransaction(() =>
    {
        var delivery = Deliveries.FindById(IdOf(quarterKey, conversationKey))
            ?? throw new InvalidOperationException($"No delivery of {quarterKey} to {conversationKey} was claimed.");
        change(delivery);
        Deliveries.Update(delivery);
        return true;
    }));

    private T InTransaction<T>(Func<T> write) => _database.InTransaction(_gate, write);
}
