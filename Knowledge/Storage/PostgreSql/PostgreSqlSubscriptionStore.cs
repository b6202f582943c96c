using System.Collections.Concurrent;
using Npgsql;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// <see cref="ISubscriptionStore"/> on PostgreSQL (tables <c>subscriptions</c>, <c>known_conversations</c>). Each write
/// is one transaction that locks the subscription's row (<c>FOR UPDATE</c>) before deciding, so instances writing at
/// once apply their changes one after the other. Only "has a subscription" is remembered in memory, and only when
/// true: subscriptions are never deleted, so a yes stays a yes whatever another instance does.
/// </summary>
public sealed class PostgreSqlSubscriptionStore : ISubscriptionStore
{
    private const string SubscriptionColumns =
        "conversation_key, reference::text, kind, display_name, tenant_id, created_by, created_at, reference_updated_at, is_active, deactivated_reason, deactivated_at";

    private const string ConversationColumns = "conversation_key, reference::text, kind, display_name, tenant_id, seen_at";

    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, bool> _subscribed = new(StringComparer.Ordinal);

    /// <summary>Creates the store on the app's database.</summary>
    public PostgreSqlSubscriptionStore(PostgreSqlDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public SubscribeResult Subscribe(KnownConversation conversation, string createdBy)
    {
        SubscriptionRules.Check(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        var result = Sql.InTransaction(_database, (connection, transaction) =>
        {
            var now = _time.GetUtcNow();
            UpsertConversation(connection, transaction, conversation, now);
            var existing = Lock(connection, transaction, conversation.ConversationKey);
            if (existing is { IsActive: true })
            {
                SubscriptionRules.CopyReference(conversation, existing, now);
                Save(connection, transaction, existing);
                return new SubscribeResult(existing, WasAlreadyActive: true);
            }

            var subscription = existing ?? new Subscription { ConversationKey = conversation.ConversationKey };
            SubscriptionRules.CopyReference(conversation, subscription, now);
            SubscriptionRules.Activate(subscription, createdBy, now);
            Save(connection, transaction, subscription);
            return new SubscribeResult(subscription, WasAlreadyActive: false);
        });
        _subscribed[conversation.ConversationKey] = true;
        return result;
    }

    /// <inheritdoc />
    public bool Unsubscribe(string conversationKey, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return MarkInactive(conversationKey, $"Unsubscribed by {by.Trim()}.");
    }

    /// <inheritdoc />
    public bool MarkInactive(string conversationKey, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return Sql.Execute(
            _database,
            "UPDATE subscriptions SET is_active = false, deactivated_reason = $2, deactivated_at = $3 WHERE conversation_key = $1 AND is_active",
            conversationKey,
            reason.Trim(),
            _time.GetUtcNow()) > 0;
    }

    /// <inheritdoc />
    public bool HasSubscription(string conversationKey)
    {
        if (string.IsNullOrWhiteSpace(conversationKey))
        {
            return false;
        }

        if (_subscribed.ContainsKey(conversationKey))
        {
            return true;
        }

        var found = Sql.Query(_database, "SELECT 1 FROM subscriptions WHERE conversation_key = $1", r => r.GetInt32(0), conversationKey).Count > 0;
        if (found)
        {
            _subscribed[conversationKey] = true;
        }

        return found;
    }

    /// <inheritdoc />
    public Subscription? Find(string conversationKey) => string.IsNullOrWhiteSpace(conversationKey)
        ? null
        : Sql.Query(_database, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE conversation_key = $1", ReadSubscription, conversationKey).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<Subscription> List() =>
        SubscriptionRules.ByName(Sql.Query(_database, $"SELECT {SubscriptionColumns} FROM subscriptions", ReadSubscription))
            .OrderByDescending(s => s.IsActive).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Subscription> ListActive() =>
        SubscriptionRules.ByName(Sql.Query(_database, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE is_active", ReadSubscription)).ToList();

    /// <inheritdoc />
    public void RememberConversation(KnownConversation conversation)
    {
        SubscriptionRules.Check(conversation);
        Sql.InTransaction(_database, (connection, transaction) =>
        {
            var now = _time.GetUtcNow();
            UpsertConversation(connection, transaction, conversation, now);
            if (Lock(connection, transaction, conversation.ConversationKey) is { } subscription)
            {
                SubscriptionRules.CopyReference(conversation, subscription, now);
                Save(connection, transaction, subscription);
            }

            return true;
        });
    }

    /// <inheritdoc />
    public bool RefreshReference(KnownConversation conversation)
    {
        SubscriptionRules.Check(conversation);
        var current = Find(conversation.ConversationKey);
        if (current is null || !SubscriptionRules.Differs(conversation, current))
        {
            return false;
        }

        return Sql.InTransaction(_database, (connection, transaction) =>
        {
            if (Lock(connection, transaction, conversation.ConversationKey) is not { } subscription)
            {
                return false;
            }

            var now = _time.GetUtcNow();
            SubscriptionRules.CopyReference(conversation, subscription, now);
            Save(connection, transaction, subscription);
            UpsertConversation(connection, transaction, conversation, now);
            return true;
        });
    }

    /// <inheritdoc />
    public KnownConversation? FindConversation(string conversationKey) => string.IsNullOrWhiteSpace(conversationKey)
        ? null
        : Sql.Query(_database, $"SELECT {ConversationColumns} FROM known_conversations WHERE conversation_key = $1", ReadConversation, conversationKey).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<KnownConversation> KnownConversations() =>
        Sql.Query(_database, $"SELECT {ConversationColumns} FROM known_conversations ORDER BY seen_at DESC", ReadConversation);

    private static Subscription? Lock(NpgsqlConnection connection, NpgsqlTransaction transaction, string conversationKey) =>
        Sql.Query(connection, transaction, $"SELECT {SubscriptionColumns} FROM subscriptions WHERE conversation_key = $1 FOR UPDATE", ReadSubscription, conversationKey)
            .FirstOrDefault();

    private static void Save(NpgsqlConnection connection, NpgsqlTransaction transaction, Subscription s) => Sql.Execute(
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

    private static void UpsertConversation(NpgsqlConnection connection, NpgsqlTransaction transaction, KnownConversation seen, DateTimeOffset now)
    {
        var known = Sql.Query(connection, transaction, $"SELECT {ConversationColumns} FROM known_conversations WHERE conversation_key = $1 FOR UPDATE", ReadConversation, seen.ConversationKey)
            .FirstOrDefault();
        var c = SubscriptionRules.Remembered(seen, known, now);
        Sql.Execute(
            connection,
            transaction,
            """
            INSERT INTO known_conversations (conversation_key, reference, kind, display_name, tenant_id, seen_at) VALUES ($1, $2::json, $3, $4, $5, $6)
            ON CONFLICT (conversation_key) DO UPDATE SET reference = excluded.reference, kind = excluded.kind,
                display_name = COALESCE(excluded.display_name, known_conversations.display_name),
                tenant_id = COALESCE(excluded.tenant_id, known_conversations.tenant_id), seen_at = excluded.seen_at
            """,
            c.ConversationKey,
            c.ReferenceJson,
            c.Kind.ToString(),
            c.DisplayName,
            c.TenantId,
            c.SeenAt);
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
}
