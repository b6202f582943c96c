using System.Collections.Concurrent;
using LiteDB;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary>
/// <see cref="ISubscriptionStore"/> in the app's LiteDB file. One subscription per conversation; each write is one
/// transaction under one lock. Role checks belong to the caller (see <c>IOutcomeStore.IsAdmin</c>).
/// </summary>
public sealed class LiteDbSubscriptionStore : ISubscriptionStore
{
    /// <summary>Collection of subscriptions.</summary>
    public const string SubscriptionsCollection = "proactive_subscriptions";

    /// <summary>Collection of known conversations and their latest references.</summary>
    public const string ConversationsCollection = "proactive_conversations";

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>Keys of every conversation with a subscription, active or not (subscriptions are never deleted).</summary>
    private readonly ConcurrentDictionary<string, bool> _subscribed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the store on the app's database.</summary>
    public LiteDbSubscriptionStore(SafetyDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        Subscriptions.EnsureIndex(s => s.IsActive);
        foreach (var subscription in Subscriptions.FindAll())
        {
            _subscribed[subscription.ConversationKey] = true;
        }
    }

    private ILiteCollection<Subscription> Subscriptions => _database.Database.GetCollection<Subscription>(SubscriptionsCollection);

    private ILiteCollection<KnownConversation> Conversations => _database.Database.GetCollection<KnownConversation>(ConversationsCollection);

    /// <inheritdoc />
    public SubscribeResult Subscribe(KnownConversation conversation, string createdBy)
    {
        SubscriptionRules.Check(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        var result = InTransaction(() =>
        {
            var now = _time.GetUtcNow();
            UpsertConversation(conversation, now);
            var existing = Subscriptions.FindById(conversation.ConversationKey);
            if (existing is { IsActive: true })
            {
                SubscriptionRules.CopyReference(conversation, existing, now);
                Subscriptions.Update(existing);
                return new SubscribeResult(existing, WasAlreadyActive: true);
            }

            var subscription = existing ?? new Subscription { ConversationKey = conversation.ConversationKey };
            SubscriptionRules.CopyReference(conversation, subscription, now);
            SubscriptionRules.Activate(subscription, createdBy, now);
            Subscriptions.Upsert(subscription);
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
        return InTransaction(() =>
        {
            var subscription = Subscriptions.FindById(conversationKey);
            if (subscription is not { IsActive: true })
            {
                return false;
            }

            subscription.IsActive = false;
            subscription.DeactivatedReason = reason.Trim();
            subscription.DeactivatedAt = _time.GetUtcNow();
            Subscriptions.Update(subscription);
            return true;
        });
    }

    /// <inheritdoc />
    public bool HasSubscription(string conversationKey) =>
        !string.IsNullOrWhiteSpace(conversationKey) && _subscribed.ContainsKey(conversationKey);

    /// <inheritdoc />
    public Subscription? Find(string conversationKey) =>
        string.IsNullOrWhiteSpace(conversationKey) ? null : Subscriptions.FindById(conversationKey);

    /// <inheritdoc />
    public IReadOnlyList<Subscription> List() => SubscriptionRules.ByName(Subscriptions.FindAll()).OrderByDescending(s => s.IsActive).ToList();

    /// <inheritdoc />
    public IReadOnlyList<Subscription> ListActive() => SubscriptionRules.ByName(Subscriptions.Find(s => s.IsActive)).ToList();

    /// <inheritdoc />
    public void RememberConversation(KnownConversation conversation)
    {
        SubscriptionRules.Check(conversation);
        InTransaction(() =>
        {
            var now = _time.GetUtcNow();
            UpsertConversation(conversation, now);
            if (Subscriptions.FindById(conversation.ConversationKey) is { } subscription)
            {
                SubscriptionRules.CopyReference(conversation, subscription, now);
                Subscriptions.Update(subscription);
            }

            return true;
        });
    }

    /// <inheritdoc />
    public bool RefreshReference(KnownConversation conversation)
    {
        SubscriptionRules.Check(conversation);
        var current = Subscriptions.FindById(conversation.ConversationKey);
        if (current is null || !SubscriptionRules.Differs(conversation, current))
        {
            return false;
        }

        return InTransaction(() =>
        {
            var subscription = Subscriptions.FindById(conversation.ConversationKey);
            if (subscription is null)
            {
                return false;
            }

            var now = _time.GetUtcNow();
            SubscriptionRules.CopyReference(conversation, subscription, now);
            Subscriptions.Update(subscription);
            UpsertConversation(conversation, now);
            return true;
        });
    }

    /// <inheritdoc />
    public KnownConversation? FindConversation(string conversationKey) =>
        string.IsNullOrWhiteSpace(conversationKey) ? null : Conversations.FindById(conversationKey);

    /// <inheritdoc />
    public IReadOnlyList<KnownConversation> KnownConversations() =>
        Conversations.FindAll().OrderByDescending(c => c.SeenAt).ToList();

    private void UpsertConversation(KnownConversation conversation, DateTimeOffset now) =>
        Conversations.Upsert(SubscriptionRules.Remembered(conversation, Conversations.FindById(conversation.ConversationKey), now));

    private T InTransaction<T>(Func<T> write) => _database.InTransaction(_gate, write);
}
