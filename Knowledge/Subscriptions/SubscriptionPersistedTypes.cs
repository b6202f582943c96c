namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>The types this folder stores in LiteDB, to be mapped at start-up (see <see cref="Storage.SafetyBsonMapper"/>).</summary>
public static class SubscriptionPersistedTypes
{
    /// <summary>Subscriptions, known conversations and summary deliveries.</summary>
    public static IReadOnlyList<Type> All { get; } = [typeof(Subscription), typeof(KnownConversation), typeof(SummaryDelivery)];
}
