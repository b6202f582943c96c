namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>What every <see cref="ISubscriptionStore"/> decides the same way, whatever it stores in.</summary>
internal static class SubscriptionRules
{
    /// <summary>Refuses a conversation without a key or a reference.</summary>
    public static void Check(KnownConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation.ConversationKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(conversation.ReferenceJson);
    }

    /// <summary>True when what was seen of a conversation differs from its stored subscription.</summary>
    public static bool Differs(KnownConversation seen, Subscription stored) =>
        !string.Equals(seen.ReferenceJson, stored.ReferenceJson, StringComparison.Ordinal)
        || (seen.DisplayName is not null && !string.Equals(seen.DisplayName, stored.DisplayName, StringComparison.Ordinal))
        || (seen.TenantId is not null && !string.Equals(seen.TenantId, stored.TenantId, StringComparison.Ordinal));

    /// <summary>Copies the reference (and the name and tenant, when known) of a conversation onto its subscription.</summary>
    public static void CopyReference(KnownConversation from, Subscription to, DateTimeOffset now)
    {
        to.ReferenceJson = from.ReferenceJson;
        to.Kind = from.Kind;
        to.DisplayName = from.DisplayName ?? to.DisplayName;
        to.TenantId = from.TenantId ?? to.TenantId;
        to.ReferenceUpdatedAt = now;
    }

    /// <summary>Starts (or starts again) <paramref name="subscription"/> as subscribed by <paramref name="createdBy"/> now.</summary>
    public static void Activate(Subscription subscription, string createdBy, DateTimeOffset now)
    {
        subscription.CreatedBy = createdBy.Trim();
        subscription.CreatedAt = now;
        subscription.IsActive = true;
        subscription.DeactivatedReason = null;
        subscription.DeactivatedAt = null;
    }

    /// <summary>The conversation as recorded now: the name and tenant kept from before when not seen this time.</summary>
    public static KnownConversation Remembered(KnownConversation seen, KnownConversation? known, DateTimeOffset now) => new()
    {
        ConversationKey = seen.ConversationKey,
        ReferenceJson = seen.ReferenceJson,
        Kind = seen.Kind,
        DisplayName = seen.DisplayName ?? known?.DisplayName,
        TenantId = seen.TenantId ?? known?.TenantId,
        SeenAt = now,
    };

    /// <summary>Orders subscriptions by name (the key when there is none).</summary>
    public static IOrderedEnumerable<Subscription> ByName(IEnumerable<Subscription> subscriptions) =>
        subscriptions.OrderBy(s => s.DisplayName ?? s.ConversationKey, StringComparer.CurrentCulture);
}
