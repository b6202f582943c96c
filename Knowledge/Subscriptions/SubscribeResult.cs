namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>What <see cref="ISubscriptionStore.SubscribeAsync"/> did.</summary>
/// <param name="Subscription">The subscription as saved.</param>
/// <param name="WasAlreadyActive">True when the conversation was already subscribed (only its reference was refreshed).</param>
public sealed record SubscribeResult(Subscription Subscription, bool WasAlreadyActive);
