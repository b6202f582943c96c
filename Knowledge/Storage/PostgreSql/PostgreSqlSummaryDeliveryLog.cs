using Microsoft.Extensions.Options;
using Npgsql;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// <see cref="ISummaryDeliveryLog"/> on PostgreSQL (table <c>summary_deliveries</c>, one row per quarter and
/// conversation), for one or several instances. A claim is a lease: <see cref="TryClaimAsync"/> locks the row
/// (<c>FOR UPDATE</c>; a new row is inserted, and of two inserting instances one wins), and a delivery another run is
/// <see cref="SummaryDeliveryState.Sending"/> is left alone for <see cref="QuarterlySummaryOptions.DeliveryLease"/>
/// (<c>QuarterlySummary:DeliveryLease</c>); after that its run is taken to have stopped mid-post and the delivery may
/// be claimed again. A live run never holds a claim that long: the dispatcher stops a post after
/// <see cref="QuarterlySummaryOptions.LongestPost"/>. So each summary is posted once per subscription and quarter
/// across instances; the only repeat possible is of a post in flight when its instance stopped (Teams accepted it,
/// <see cref="MarkSentAsync"/> never ran), once.
/// </summary>
public sealed class PostgreSqlSummaryDeliveryLog : ISummaryDeliveryLog
{
    private const string Columns =
        "quarter_key, conversation_key, state, attempts, claimed_by, claimed_at, sent_at, activity_id, last_error, last_error_at";

    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lease;

    /// <summary>Creates the log on the app's database, for a new run, with the configured lease.</summary>
    public PostgreSqlSummaryDeliveryLog(PostgreSqlDatabase database, TimeProvider time, IOptions<QuarterlySummaryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _time = time;
        _lease = options.Value.DeliveryLease;
    }

    /// <inheritdoc />
    public string RunId { get; } = Guid.NewGuid().ToString("N");

    /// <inheritdoc />
    public async Task<SummaryDelivery?> FindAsync(string quarterKey, string conversationKey, CancellationToken cancellationToken = default) =>
        (await Sql.QueryAsync(_database, $"SELECT {Columns} FROM summary_deliveries WHERE quarter_key = $1 AND conversation_key = $2", Read, cancellationToken, quarterKey, conversationKey)
            .ConfigureAwait(false)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<SummaryDelivery>> ForQuarterAsync(string quarterKey, CancellationToken cancellationToken = default) =>
        (await Sql.QueryAsync(_database, $"SELECT {Columns} FROM summary_deliveries WHERE quarter_key = $1", Read, cancellationToken, quarterKey).ConfigureAwait(false))
            .OrderBy(d => d.ConversationKey, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public async Task<bool> IsDueAsync(string quarterKey, string conversationKey, int maxAttempts, CancellationToken cancellationToken = default) =>
        CanClaim(await FindAsync(quarterKey, conversationKey, cancellationToken).ConfigureAwait(false), maxAttempts, _time.GetUtcNow());

    /// <inheritdoc />
    public Task<bool> TryClaimAsync(string quarterKey, string conversationKey, int maxAttempts, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(quarterKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        return _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var now = _time.GetUtcNow();
                var inserted = await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    """
                    INSERT INTO summary_deliveries (quarter_key, conversation_key, state, attempts, claimed_by, claimed_at)
                    VALUES ($1, $2, 'Sending', 1, $3, $4) ON CONFLICT (quarter_key, conversation_key) DO NOTHING
                    """,
                    cancellationToken,
                    quarterKey,
                    conversationKey,
                    RunId,
                    now).ConfigureAwait(false);
                if (inserted == 1)
                {
                    return true;
                }

                var delivery = (await Sql.QueryAsync(
                    connection,
                    transaction,
                    $"SELECT {Columns} FROM summary_deliveries WHERE quarter_key = $1 AND conversation_key = $2 FOR UPDATE",
                    Read,
                    cancellationToken,
                    quarterKey,
                    conversationKey).ConfigureAwait(false)).Single();
                if (!CanClaim(delivery, maxAttempts, now))
                {
                    return false;
                }

                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE summary_deliveries SET state = 'Sending', attempts = attempts + 1, claimed_by = $3, claimed_at = $4 WHERE quarter_key = $1 AND conversation_key = $2",
                    cancellationToken,
                    quarterKey,
                    conversationKey,
                    RunId,
                    now).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task MarkSentAsync(string quarterKey, string conversationKey, string? activityId, CancellationToken cancellationToken = default) => UpdateAsync(
        "UPDATE summary_deliveries SET state = 'Sent', sent_at = $3, activity_id = $4 WHERE quarter_key = $1 AND conversation_key = $2",
        cancellationToken,
        quarterKey,
        conversationKey,
        _time.GetUtcNow(),
        activityId);

    /// <inheritdoc />
    public Task MarkFailedAsync(string quarterKey, string conversationKey, string error, bool giveUp, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return UpdateAsync(
            "UPDATE summary_deliveries SET state = $3, last_error = $4, last_error_at = $5 WHERE quarter_key = $1 AND conversation_key = $2",
            cancellationToken,
            quarterKey,
            conversationKey,
            (giveUp ? SummaryDeliveryState.GaveUp : SummaryDeliveryState.Failed).ToString(),
            error,
            _time.GetUtcNow());
    }

    private bool CanClaim(SummaryDelivery? delivery, int maxAttempts, DateTimeOffset now) => delivery switch
    {
        null => true,
        { State: SummaryDeliveryState.Sent or SummaryDeliveryState.GaveUp } => false,
        { State: SummaryDeliveryState.Sending } => delivery.ClaimedBy != RunId && now - delivery.ClaimedAt >= _lease && delivery.Attempts < maxAttempts,
        _ => delivery.Attempts < maxAttempts,
    };

    private async Task UpdateAsync(string sql, CancellationToken cancellationToken, string quarterKey, string conversationKey, params object?[] values)
    {
        if (await Sql.ExecuteAsync(_database, sql, cancellationToken, [quarterKey, conversationKey, .. values]).ConfigureAwait(false) == 0)
        {
            throw new InvalidOperationException($"No delivery of {quarterKey} to {conversationKey} was claimed.");
        }
    }

    private static SummaryDelivery Read(NpgsqlDataReader r) => new()
    {
        Id = $"{r.GetString(0)}|{r.GetString(1)}",
        QuarterKey = r.GetString(0),
        ConversationKey = r.GetString(1),
        State = Enum.Parse<SummaryDeliveryState>(r.GetString(2)),
        Attempts = r.GetInt32(3),
        ClaimedBy = r.GetString(4),
        ClaimedAt = Sql.Time(r, 5),
        SentAt = Sql.TimeOrNull(r, 6),
        ActivityId = Sql.TextOrNull(r, 7),
        LastError = Sql.TextOrNull(r, 8),
        LastErrorAt = Sql.TimeOrNull(r, 9),
    };
}
