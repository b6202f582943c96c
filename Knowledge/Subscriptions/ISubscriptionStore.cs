namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>
/// Subscriptions to the quarterly summary and the conversations the bot knows. One subscription per conversation,
/// never deleted (only made inactive); each write is one transaction. Role checks belong to the caller (see
/// <c>IOutcomeStore.IsAdmin</c>). One implementation per store (LiteDB, PostgreSQL).
/// </summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Subscribes <paramref name="conversation"/>. An active subscription only has its reference refreshed; an
    /// inactive one starts again from now; otherwise a new one is created.
    /// </summary>
    /// <param name="conversation">The conversation, with the reference taken from the current activity.</param>
    /// <param name="createdBy">Microsoft Entra object id of the admin subscribing it.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<SubscribeResult> SubscribeAsync(KnownConversation conversation, string createdBy, CancellationToken cancellationToken = default);

    /// <summary>Stops the subscription of <paramref name="conversationKey"/>. False when it was not active.</summary>
    /// <param name="conversationKey">The conversation's key.</param>
    /// <param name="by">Microsoft Entra object id of whoever unsubscribed it, for the record.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    Task<bool> UnsubscribeAsync(string conversationKey, string by, CancellationToken cancellationToken = default);

    /// <summary>Makes a subscription inactive, e.g. when Teams refused a post. False when it was not active.</summary>
    Task<bool> MarkInactiveAsync(string conversationKey, string reason, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="conversationKey"/> has a subscription, active or not; cheap enough for every turn.</summary>
    Task<bool> HasSubscriptionAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>The subscription of <paramref name="conversationKey"/>, active or not, or null.</summary>
    Task<Subscription?> FindAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>Every subscription, active ones first, then by name.</summary>
    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The active subscriptions, by name.</summary>
    Task<IReadOnlyList<Subscription>> ListActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the latest reference of a conversation (from installationUpdate or conversationUpdate), and refreshes
    /// its subscription's reference when it has one.
    /// </summary>
    Task RememberConversationAsync(KnownConversation conversation, CancellationToken cancellationToken = default);

    /// <summary>
    /// Refreshes the reference of a subscribed conversation seen on an ordinary turn. Writes nothing (and returns
    /// false) when the conversation has no subscription or nothing changed.
    /// </summary>
    Task<bool> RefreshReferenceAsync(KnownConversation conversation, CancellationToken cancellationToken = default);

    /// <summary>The conversation recorded under <paramref name="conversationKey"/>, or null.</summary>
    Task<KnownConversation?> FindConversationAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>Every conversation the bot has recorded, most recently seen first.</summary>
    Task<IReadOnlyList<KnownConversation>> KnownConversationsAsync(CancellationToken cancellationToken = default);
}
