using LiteDB;

namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>
/// A conversation the bot has been installed in or has seen, with the latest reference the bot
/// needs to post to it later. The reference is opaque here: the Bot layer writes and reads it
/// as the JSON of a Bot Framework conversation reference.
/// </summary>
public sealed class KnownConversation
{
    /// <summary>
    /// The conversation's stable key: its Teams conversation id, without the
    /// <c>;messageid=</c> suffix of a channel thread (its hash when that is too long for a LiteDB key,
    /// see <see cref="Storage.IndexKey"/>).
    /// </summary>
    [BsonId]
    public string ConversationKey { get; set; } = string.Empty;

    /// <summary>The conversation reference, as JSON.</summary>
    public string ReferenceJson { get; set; } = string.Empty;

    /// <summary>Personal chat, group chat or channel.</summary>
    public ConversationKind Kind { get; set; }

    /// <summary>A name people recognise (team and channel name, group chat name), when Teams gave one.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The Microsoft Entra tenant the conversation belongs to, when known.</summary>
    public string? TenantId { get; set; }

    /// <summary>When the bot last recorded this conversation.</summary>
    public DateTimeOffset SeenAt { get; set; }
}
