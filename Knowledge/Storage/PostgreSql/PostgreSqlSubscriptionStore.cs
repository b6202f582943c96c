using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// <see cref="ISubscriptionStore"/> on PostgreSQL (tables <c>subscriptions</c>, <c>known_conversations</c>). Each write
/// is one transaction that locks the subscription's row (<c>FOR UPDATE</c>) before deciding, so instances writing at
/// once apply their changes one after the other. Only "has a subscription" is answered from memory: subscriptions are
/// never deleted, so a yes stays a yes whatever another instance does; and while <see cref="ListenAsync"/> listens, the
/// set of subscribed conversations is complete (read after <c>LISTEN</c> took effect, then each new subscription
/// announced on <see cref="Channel"/> by the transaction that made it), so a no is answered from memory too. Without a
/// listener, or while it connects again, a no is asked of the database.
/// </summary>
public sealed partial class PostgreSqlSubscriptionStore : ISubscriptionStore
{
    /// <summary>The channel every new subscription is announced on (its payload is the conversation key).</summary>
    public const string Channel = "safetybot_subscriptions";

    private const string SubscriptionColumns =
        "conversation_key, reference::text, kind, display_name, tenant_id, created_by, created_at, reference_updated_at, is_active, deactivated_reason, deactivated_at";

    private const string ConversationColumns = "conversation_key, reference::text, kind, display_name, tenant_id, seen_at";

    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, bool> _subscribed = new(StringComparer.Ordinal);
    private volatile bool _complete;

    /// <summary>Creates the store on the app's database.</summary>
    public PostgreSqlSubscriptionStore(PostgreSqlDatabase database, TimeProvider time, ILogger<PostgreSqlSubscriptionStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>True while the listener keeps the set of subscribed conversations complete (a no is then answered from memory).</summary>
    internal bool KnowsEverySubscription => _complete;

    /// <summary>
    /// Keeps the set of subscribed conversations complete until <paramref name="cancellationToken"/> is cancelled: reads
    /// every subscribed conversation once <c>LISTEN</c> took effect, then adds each one announced; after a lost
    /// connection it connects again (every <paramref name="retry"/>) and reads them all again, and meanwhile a no is
    /// asked of the database.
    /// </summary>
    public async Task ListenAsync(TimeProvider time, TimeSpan retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        try
        {
            await PostgreSqlListener.ListenAsync(
                _database,
                Channel,
                notified: key => _subscribed[key] = true,
                caughtUp: async (connection, listening, ct) =>
                {
                    if (!listening)
                    {
                        return;
                    }

                    var keys = await Sql.QueryAsync(connection, null, "SELECT conversation_key FROM subscriptions", r => r.GetString(0), ct).ConfigureAwait(false);
                    foreach (var key in keys)
                    {
                        _subscribed[key] = true;
                    }

                    _complete = true;
                    LogListening(_logger, Channel, keys.Count);
                },
                lost: exception =>
                {
                    _complete = false;
                    LogListenerLost(_logger, PostgreSqlDatabase.CauseOf(exception), retry);
                },
                time,
                retry,
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _complete = false;
        }
    }

    /// <inheritdoc />
    public async Task<SubscribeResult> SubscribeAsync(KnownConversation conversation, string createdBy, CancellationToken cancellationToken = default)
    {
        SubscriptionRules.Check(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        var result = await _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var now = _time.GetUtcNow();
                await UpsertConversationAsync(connection, transaction, conversation, now, cancellationToken).ConfigureAwait(false);
                var existing = await LockAsync(connection, transaction, conversation.ConversationKey, cancellationToken).ConfigureAwait(false);
                if (existing is { IsActive: true })
                {
                    SubscriptionRules.CopyReference(conversation, existing, now);
                    await SaveAsync(connection, transaction, existing, cancellationToken).ConfigureAwait(false);
                    return new SubscribeResult(existing, WasAlreadyActive: true);
                }

                var subscription = existing ?? new Subscription { ConversationKey = conversation.ConversationKey };
                SubscriptionRules.CopyReference(conversation, subscription, now);
                SubscriptionRules.Activate(subscription, createdBy, now);
                await SaveAsync(connection, transaction, subscription, cancellationToken).ConfigureAwait(false);
                if (existing is null)
                {
                    // Delivered to every listening instance when (and only if) this transaction commits.
                    await Sql.ExecuteAsync(connection, transaction, "SELECT pg_notify($1, $2)", cancellationToken, Channel, conversation.ConversationKey).ConfigureAwait(false);
                }

                return new SubscribeResult(subscription, WasAlreadyActive: false);
            },
            cancellationToken).ConfigureAwait(false);
        _subscribed[conversation.ConversationKey] = true;
        return result;
    }

    /// <inheritdoc />
    public Task<bool> UnsubscribeAsync(string conversationKey, string by, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return MarkInactiveAsync(conversationKey, $"Unsubscribed by {by.Trim()}.", cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> MarkInactiveAsync(string conversationKey, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return await Sql.ExecuteAsync(
            _database,
            "UPDATE subscriptions SET is_active = false, deactivated_reason = $2, deactivated_at = $3 WHERE conversation_key = $1 AND is_active",
            cancellationToken,
            conversationKey,
            reason.Trim(),
            _time.GetUtcNow()).ConfigureAwait(false) > 0;
    }

    /// <inheritdoc />
    public async Task<bool> HasSubscriptionAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(conversationKey))
        {
            return false;
        }

        if (_subscribed.ContainsKey(conversationKey))
        {
            return true;
        }

        if (_complete)
        {
            return false;
        }

        var found = (await Sql.QueryAsync(_database, "SELECT 1 FROM subscriptions WHERE conversation_key = $1", r => r.GetInt32(0), cancellationToken, conversationKey).ConfigureAwait(false)).Count > 0;
        if (found)
        {
            _subscribed[conversationKey] = true;
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<Subscription?> FindAsync(string conversationKey, CancellationToken cancellationToken = default) => string.IsNullOrWhiteSpace(conversationKey)
        ? null
        : (await Sql.QueryAsync(_database, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE conversation_key = $1", ReadSubscription, cancellationToken, conversationKey).ConfigureAwait(false))
            .FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default) =>
        SubscriptionRules.ByName(await Sql.QueryAsync(_database, $"SELECT {SubscriptionColumns} FROM subscriptions", ReadSubscription, cancellationToken).ConfigureAwait(false))
            .OrderByDescending(s => s.IsActive).ToList();

    /// <inheritdoc />
    public async Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        SubscriptionRules.ByName(await Sql.QueryAsync(_database, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE is_active", ReadSubscription, cancellationToken).ConfigureAwait(false))
            .ToList();

    /// <inheritdoc />
    public Task RememberConversationAsync(KnownConversation conversation, CancellationToken cancellationToken = default)
    {
        SubscriptionRules.Check(conversation);
        return _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                var now = _time.GetUtcNow();
                await UpsertConversationAsync(connection, transaction, conversation, now, cancellationToken).ConfigureAwait(false);
                if (await LockAsync(connection, transaction, conversation.ConversationKey, cancellationToken).ConfigureAwait(false) is { } subscription)
                {
                    SubscriptionRules.CopyReference(conversation, subscription, now);
                    await SaveAsync(connection, transaction, subscription, cancellationToken).ConfigureAwait(false);
                }

                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RefreshReferenceAsync(KnownConversation conversation, CancellationToken cancellationToken = default)
    {
        SubscriptionRules.Check(conversation);
        var current = await FindAsync(conversation.ConversationKey, cancellationToken).ConfigureAwait(false);
        if (current is null || !SubscriptionRules.Differs(conversation, current))
        {
            return false;
        }

        return await _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                if (await LockAsync(connection, transaction, conversation.ConversationKey, cancellationToken).ConfigureAwait(false) is not { } subscription)
                {
                    return false;
                }

                var now = _time.GetUtcNow();
                SubscriptionRules.CopyReference(conversation, subscription, now);
                await SaveAsync(connection, transaction, subscription, cancellationToken).ConfigureAwait(false);
                await UpsertConversationAsync(connection, transaction, conversation, now, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<KnownConversation?> FindConversationAsync(string conversationKey, CancellationToken cancellationToken = default) => string.IsNullOrWhiteSpace(conversationKey)
        ? null
        : (await Sql.QueryAsync(_database, $"SELECT {ConversationColumns} FROM known_conversations WHERE conversation_key = $1", ReadConversation, cancellationToken, conversationKey).ConfigureAwait(false))
            .FirstOrDefault();

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnownConversation>> KnownConversationsAsync(CancellationToken cancellationToken = default) =>
        await Sql.QueryAsync(_database, $"SELECT {ConversationColumns} FROM known_conversations ORDER BY seen_at DESC", ReadConversation, cancellationToken).ConfigureAwait(false);

    private static async Task<Subscription?> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationKey, CancellationToken cancellationToken) =>
        (await Sql.QueryAsync(connection, transaction, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE conversation_key = $1 FOR UPDATE", ReadSubscription, cancellationToken, conversationKey)
            .ConfigureAwait(false)).FirstOrDefault();

    private static Task<int> SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Subscription s, CancellationToken cancellationToken) => Sql.ExecuteAsync(
        connection,
        transaction,
        """
        INSERT INTO subscriptions (conversation_key, reference, kind, display_name, tenant_id, created_by, created_at, reference_updated_at, is_active, deactivated_reason, deactivated_at)
        VALUES ($1, $2::json, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, kind = excluded.kind, display_name = excluded.display_name,
            tenant_id = excluded.tenant_id, created_by = excluded.created_by, created_at = excluded.created_at,
            reference_updated_at = excluded.reference_updated_at, is_active = excluded.is_active,
            deactivated_reason = excluded.deactivated_reason, deactivated_at = excluded.deactivated_at
        """,
        cancellationToken,
        s.ConversationKey,
        s.ReferenceJson,
        s.Kind.ToString(),
        s.DisplayName,
        s.TenantId,
        s.CreatedBy,
        s.CreatedAt,
        s.ReferenceUpdatedAt,
        s.IsActive,
        s.DeactivatedReason,
        s.DeactivatedAt);

    private static async Task UpsertConversationAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, KnownConversation seen, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = (await Sql.QueryAsync(connection, transaction, $"SELECT {ConversationColumns} FROM known_conversations WHERE conversation_key = $1 FOR UPDATE", ReadConversation, cancellationToken, seen.ConversationKey)
            .ConfigureAwait(false)).FirstOrDefault();
        var c = SubscriptionRules.Remembered(seen, known, now);
        await Sql.ExecuteAsync(
            connection,
            transaction,
            """
            INSERT INTO known_conversations (conversation_key, reference, kind, display_name, tenant_id, seen_at) VALUES ($1, $2::json, $3, $4, $5, $6)
            ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, kind = excluded.kind,
                display_name = COALESCE(excluded.display_name, known_conversations.display_name),
                tenant_id = COALESCE(excluded.tenant_id, known_conversations.tenant_id), seen_at = excluded.seen_at
            """,
            cancellationToken,
            c.ConversationKey,
            c.ReferenceJson,
            c.Kind.ToString(),
            c.DisplayName,
            c.TenantId,
            c.SeenAt).ConfigureAwait(false);
    }

    private static Subscription ReadSubscription(NpgsqlDataReader r) => new()
    {
        ConversationKey = r.GetString(0),
        ReferenceJson = r.GetString(1),
        Kind = Enum.Parse<ConversationKind>(r.GetString(2)),
        DisplayName = Sql.TextOrNull(r, 3),
        TenantId = Sql.TextOrNull(r, 4),
        CreatedBy = r.GetString(5),
        CreatedAt = Sql.Time(r, 6),
        ReferenceUpdatedAt = Sql.Time(r, 7),
        IsActive = r.GetBoolean(8),
        DeactivatedReason = Sql.TextOrNull(r, 9),
        DeactivatedAt = Sql.TimeOrNull(r, 10),
    };

    private static KnownConversation ReadConversation(NpgsqlDataReader r) => new()
    {
        ConversationKey = r.GetString(0),
        ReferenceJson = r.GetString(1),
        Kind = Enum.Parse<ConversationKind>(r.GetString(2)),
        DisplayName = Sql.TextOrNull(r, 3),
        TenantId = Sql.TextOrNull(r, 4),
        SeenAt = Sql.Time(r, 5),
    };

    [LoggerMessage(EventId = 3311, Level = LogLevel.Information, Message = "Listening for new subscriptions on {Channel}; {Count} conversations are subscribed")]
    private static partial void LogListening(ILogger logger, string channel, int count);

    [LoggerMessage(EventId = 3312, Level = LogLevel.Warning, Message = "Lost the subscription listener's connection ({Cause}); connecting again in {Retry}, asking the database meanwhile")]
    private static partial void LogListenerLost(ILogger logger, string cause, TimeSpan retry);
}
