using LiteDB;

namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>
/// A conversation subscribed to the quarterly summary. There is at most one per conversation;
/// unsubscribing or the bot's removal makes it inactive rather than deleting it, so the history
/// of who subscribed and why it stopped is kept.
/// </summary>
public sealed class Subscription
{
    /// <summary>The conversation's key (see <see cref="KnownConversation.ConversationKey"/>).</summary>
    [BsonId]
    public string ConversationKey { get; set; } = string.Empty;

    /// <summary>The latest conversation reference, as JSON (Bot Framework conversation reference).</summary>
    public string ReferenceJson { get; set; } = string.Empty;

    /// <summary>Personal chat, group chat or channel.</summary>
    public ConversationKind Kind { get; set; }

    /// <summary>A name people recognise (team and channel name, group chat name), when known.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The Microsoft Entra tenant of the conversation, when known.</summary>
    public string? TenantId { get; set; }

    /// <summary>Microsoft Entra object id of the admin who subscribed the conversation.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>
    /// When the subscription (re)started: summaries are due for occurrences after this moment.
    /// Re-subscribing an inactive conversation moves it; re-subscribing an active one does not.
    /// </summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When <see cref="ReferenceJson"/> was last written.</summary>
    public DateTimeOffset ReferenceUpdatedAt { get; set; }

    /// <summary>False once unsubscribed, or when Teams refused a post (bot removed or blocked).</summary>
    public bool IsActive { get; set; }

    /// <summary>Why the subscription stopped, in plain words; null while active.</summary>
    public string? DeactivatedReason { get; set; }

    /// <summary>When the subscription stopped; null while active.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }
}
