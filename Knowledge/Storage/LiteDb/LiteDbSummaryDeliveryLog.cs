using LiteDB;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary>
/// What was posted for which quarter to which conversation, so that restarts neither repeat nor
/// miss a summary (<see cref="ISummaryDeliveryLog"/> in the LiteDB file). A sender first <see cref="TryClaim">claims</see> a delivery (one LiteDB
/// transaction: only one claimant wins), posts, then marks it <see cref="MarkSent">sent</see> or
/// <see cref="MarkFailed">failed</see>.
/// </summary>
/// <remarks>
/// Each instance is one run of the app. A claim left in <see cref="SummaryDeliveryState.Sending"/>
/// by another run belongs to a process that stopped mid-post (LiteDB's direct mode allows one
/// process per file), so it may be claimed again: the only case that can repeat a post is a
/// stop between Teams accepting it and <see cref="MarkSent"/>, a few milliseconds.
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
    public SummaryDelivery? Find(string quarterKey, string conversationKey) => Deliveries.FindById(IdOf(quarterKey, conversationKey));

    /// <inheritdoc />
    public IReadOnlyList<SummaryDelivery> ForQuarter(string quarterKey) =>
        Deliveries.Find(d => d.QuarterKey == quarterKey).OrderBy(d => d.ConversationKey, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public bool IsDue(string quarterKey, string conversationKey, int maxAttempts) =>
        CanClaim(Find(quarterKey, conversationKey), maxAttempts);

    /// <inheritdoc />
    public bool TryClaim(string quarterKey, string conversationKey, int maxAttempts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quarterKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return InTransaction(() =>
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
        });
    }

    /// <inheritdoc />
    public void MarkSent(string quarterKey, string conversationKey, string? activityId) => Update(quarterKey, conversationKey, delivery =>
    {
        delivery.State = SummaryDeliveryState.Sent;
        delivery.SentAt = _time.GetUtcNow();
        delivery.ActivityId = activityId;
    });

    /// <inheritdoc />
    public void MarkFailed(string quarterKey, string conversationKey, string error, bool giveUp)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        Update(quarterKey, conversationKey, delivery =>
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

    private void Update(string quarterKey, string conversationKey, Action<SummaryDelivery> change) => InTransaction(() =>
    {
        var delivery = Deliveries.FindById(IdOf(quarterKey, conversationKey))
            ?? throw new InvalidOperationException($"No delivery of {quarterKey} to {conversationKey} was claimed.");
        change(delivery);
        Deliveries.Update(delivery);
        return true;
    });

    private T InTransaction<T>(Func<T> write) => _database.InTransaction(_gate, write);
}
