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
    public Task<SubscribeResult> SubscribeAsync(KnownConversation conversation, string createdBy, CancellationToken cancellationToken = default)
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
        return Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<bool> UnsubscribeAsync(string conversationKey, string by, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return MarkInactiveAsync(conversationKey, $"Unsubscribed by {by.Trim()}.", cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> MarkInactiveAsync(string conversationKey, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return InTransactionAsync(() =>
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
    public Task<bool> HasSubscriptionAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(!string.IsNullOrWhiteSpace(conversationKey) && _subscribed.ContainsKey(conversationKey));

    /// <inheritdoc />
    public Task<Subscription?> FindAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<Subscription?>(string.IsNullOrWhiteSpace(conversationKey) ? null : Subscriptions.FindById(conversationKey));

    /// <inheritdoc />
    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Subscription>>(SubscriptionRules.ByName(Subscriptions.FindAll()).OrderByDescending(s => s.IsActive).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Subscription>>(SubscriptionRules.ByName(Subscriptions.Find(s => s.IsActive)).ToList());

    /// <inheritdoc />
    public Task RememberConversationAsync(KnownConversation conversation, CancellationToken cancellationToken = default)
    {
        SubscriptionRules.Check(conversation);
        return InTransactionAsync(() =>
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
    public Task<bool> RefreshReferenceAsync(KnownConversation conversation, CancellationToken cancellationToken = default)
    {
        SubscriptionRules.Check(conversation);
        var current = Subscriptions.FindById(conversation.ConversationKey);
        if (current is null || !SubscriptionRules.Differs(conversation, current))
        {
            return Task.FromResult(false);
        }

        return InTransactionAsync(() =>
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
    public Task<KnownConversation?> FindConversationAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<KnownConversation?>(string.IsNullOrWhiteSpace(conversationKey) ? null : Conversations.FindById(conversationKey));

    /// <inheritdoc />
    public Task<IReadOnlyList<KnownConversation>> KnownConversationsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<KnownConversation>>(Conversations.FindAll().OrderByDescending(c => c.SeenAt).ToList());

    private void UpsertConversation(KnownConversation conversation, DateTimeOffset now) =>
        Conversations.Upsert(SubscriptionRules.Remembered(conversation, Conversations.FindById(conversation.ConversationKey), now));

    private T InTransaction<T>(Func<T> write) => _database.InTransaction(_gate, write);

    private Task<T> InTransactionAsync<T>(Func<T> write) => Task.FromResult(InTransaction(write));
}
