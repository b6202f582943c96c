using System.Collections.Concurrent;
using LiteDB;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>
/// Subscriptions to the quarterly summary and the conversations the bot knows, in the app's
/// LiteDB file. One subscription per conversation; each write is one transaction under one lock.
/// Role checks belong to the caller (see <c>OutcomeStore.IsAdmin</c>).
/// </summary>
public sealed class SubscriptionStore
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
    public SubscriptionStore(SafetyDatabase database, TimeProvider time)
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

    /// <summary>
    /// Subscribes <paramref name="conversation"/>. An active subscription only has its reference
    /// refreshed; an inactive one starts again from now; otherwise a new one is created.
    /// </summary>
    /// <param name="conversation">The conversation, with the reference taken from the current activity.</param>
    /// <param name="createdBy">Microsoft Entra object id of the admin subscribing it.</param>
    public SubscribeResult Subscribe(KnownConversation conversation, string createdBy)
    {
        Check(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        var result = InTransaction(() =>
        {
            var now = _time.GetUtcNow();
            UpsertConversation(conversation, now);
            var existing = Subscriptions.FindById(conversation.ConversationKey);
            if (existing is { IsActive: true })
            {
                CopyReference(conversation, existing, now);
                Subscriptions.Update(existing);
                return new SubscribeResult(existing, WasAlreadyActive: true);
            }

            var subscription = existing ?? new Subscription { ConversationKey = conversation.ConversationKey };
            CopyReference(conversation, subscription, now);
            subscription.CreatedBy = createdBy.Trim();
            subscription.CreatedAt = now;
            subscription.IsActive = true;
            subscription.DeactivatedReason = null;
            subscription.DeactivatedAt = null;
            Subscriptions.Upsert(subscription);
            return new SubscribeResult(subscription, WasAlreadyActive: false);
        });
        _subscribed[conversation.ConversationKey] = true;
        return result;
    }

    /// <summary>Stops the subscription of <paramref name="conversationKey"/>. False when it was not active.</summary>
    /// <param name="conversationKey">The conversation's key.</param>
    /// <param name="by">Microsoft Entra object id of whoever unsubscribed it, for the record.</param>
    public bool Unsubscribe(string conversationKey, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return MarkInactive(conversationKey, $"Unsubscribed by {by.Trim()}.");
    }

    /// <summary>Makes a subscription inactive, e.g. when Teams refused a post. False when it was not active.</summary>
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

    /// <summary>
    /// True when <paramref name="conversationKey"/> has a subscription, active or not. Answered from memory
    /// (this store is the only writer of subscriptions), so every turn can ask it.
    /// </summary>
    public bool HasSubscription(string conversationKey) =>
        !string.IsNullOrWhiteSpace(conversationKey) && _subscribed.ContainsKey(conversationKey);

    /// <summary>The subscription of <paramref name="conversationKey"/>, active or not, or null.</summary>
    public Subscription? Find(string conversationKey) =>
        string.IsNullOrWhiteSpace(conversationKey) ? null : Subscriptions.FindById(conversationKey);

    /// <summary>Every subscription, active ones first, then by name.</summary>
    public IReadOnlyList<Subscription> List() => Subscriptions.FindAll()
        .OrderByDescending(s => s.IsActive)
        .ThenBy(s => s.DisplayName ?? s.ConversationKey, StringComparer.CurrentCulture)
        .ToList();

    /// <summary>The active subscriptions, by name.</summary>
    public IReadOnlyList<Subscription> ListActive() => Subscriptions.Find(s => s.IsActive)
        .OrderBy(s => s.DisplayName ?? s.ConversationKey, StringComparer.CurrentCulture)
        .ToList();

    /// <summary>
    /// Records the latest reference of a conversation (from installationUpdate or
    /// conversationUpdate), and refreshes its subscription's reference when it has one.
    /// </summary>
    public void RememberConversation(KnownConversation conversation)
    {
        Check(conversation);
        InTransaction(() =>
        {
            var now = _time.GetUtcNow();
            UpsertConversation(conversation, now);
            if (Subscriptions.FindById(conversation.ConversationKey) is { } subscription)
            {
                CopyReference(conversation, subscription, now);
                Subscriptions.Update(subscription);
            }

            return true;
        });
    }

    /// <summary>
    /// Refreshes the reference of a subscribed conversation seen on an ordinary turn. Writes
    /// nothing (and returns false) when the conversation has no subscription or nothing changed.
    /// </summary>
    public bool RefreshReference(KnownConversation conversation)
    {
        Check(conversation);
        var current = Subscriptions.FindById(conversation.ConversationKey);
        if (current is null || !Differs(conversation, current))
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
            CopyReference(conversation, subscription, now);
            Subscriptions.Update(subscription);
            UpsertConversation(conversation, now);
            return true;
        });
    }

    /// <summary>The conversation recorded under <paramref name="conversationKey"/>, or null.</summary>
    public KnownConversation? FindConversation(string conversationKey) =>
        string.IsNullOrWhiteSpace(conversationKey) ? null : Conversations.FindById(conversationKey);

    /// <summary>Every conversation the bot has recorded, most recently seen first.</summary>
    public IReadOnlyList<KnownConversation> KnownConversations() =>
        Conversations.FindAll().OrderByDescending(c => c.SeenAt).ToList();

    private static void Check(KnownConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation.ConversationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation.ReferenceJson);
    }

    private static bool Differs(KnownConversation seen, Subscription stored) =>
        !string.Equals(seen.ReferenceJson, stored.ReferenceJson, StringComparison.Ordinal)
        || (seen.DisplayName is not null && !string.Equals(seen.DisplayName, stored.DisplayName, StringComparison.Ordinal))
        || (seen.TenantId is not null && !string.Equals(seen.TenantId, stored.TenantId, StringComparison.Ordinal));

    private static void CopyReference(KnownConversation from, Subscription to, DateTimeOffset now)
    {
        to.ReferenceJson = from.ReferenceJson;
        to.Kind = from.Kind;
        to.DisplayName = from.DisplayName ?? to.DisplayName;
        to.TenantId = from.TenantId ?? to.TenantId;
        to.ReferenceUpdatedAt = now;
    }

    private void UpsertConversation(KnownConversation conversation, DateTimeOffset now)
    {
        var known = Conversations.FindById(conversation.ConversationKey);
        Conversations.Upsert(new KnownConversation
        {
            ConversationKey = conversation.ConversationKey,
            ReferenceJson = conversation.ReferenceJson,
            Kind = conversation.Kind,
            DisplayName = conversation.DisplayName ?? known?.DisplayName,
            TenantId = conversation.TenantId ?? known?.TenantId,
            SeenAt = now,
        });
    }

    private T InTransaction<T>(Func<T> write) => _database.InTransaction(_gate, write);
}
