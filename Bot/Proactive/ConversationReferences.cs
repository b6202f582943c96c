using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Turns a Teams activity into the <see cref="KnownConversation"/> the Knowledge layer stores,
/// and stored reference JSON back into a <see cref="ConversationReference"/>.
/// </summary>
public static class ConversationReferences
{
    private const string ThreadSuffix = ";messageid=";

    private static readonly JsonSerializerSettings Json = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
    };

    /// <summary>
    /// The stable key of a conversation id: a channel thread's <c>;messageid=</c> suffix is
    /// dropped, so a channel is one conversation whichever thread the bot was spoken to in. A very
    /// long id is keyed by its hash (see <see cref="IndexKey"/>): the key is a LiteDB document id.
    /// </summary>
    public static string KeyOf(string conversationId) => IndexKey.Of(WithoutThread(conversationId));

    /// <summary>
    /// Describes the conversation of <paramref name="activity"/>, with a reference fit for
    /// proactive posts: no activity id (a post is not a reply) and, in a channel, the channel
    /// itself rather than the thread (a post starts a new thread).
    /// </summary>
    /// <exception cref="ArgumentException">The activity has no conversation or service URL.</exception>
    public static KnownConversation Describe(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            throw new ArgumentException("The activity has no conversation id or service URL.", nameof(activity));
        }

        var key = KeyOf(activity.Conversation.Id);
        var reference = Copy(activity.GetConversationReference());
        reference.ActivityId = null;
        reference.Conversation.Id = WithoutThread(activity.Conversation.Id);
        var channelData = TeamsData(activity);
        var kind = KindOf(activity.Conversation.ConversationType);
        return new KnownConversation
        {
            ConversationKey = key,
            ReferenceJson = Serialize(reference),
            Kind = kind,
            DisplayName = DisplayNameOf(kind, activity, channelData),
            TenantId = NullIfBlank(activity.Conversation.TenantId) ?? NullIfBlank(channelData?.Tenant?.Id),
        };
    }

    /// <summary>The reference as stored JSON.</summary>
    public static string Serialize(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return JsonConvert.SerializeObject(reference, Json);
    }

    /// <summary>Reads stored reference JSON.</summary>
    /// <exception cref="JsonException">The JSON is not a conversation reference with a conversation and service URL.</exception>
    public static ConversationReference Deserialize(string referenceJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referenceJson);
        var reference = JsonConvert.DeserializeObject<ConversationReference>(referenceJson, Json);
        return reference is { Conversation.Id: not null and not "" } && !string.IsNullOrWhiteSpace(reference.ServiceUrl)
            ? reference
            : throw new JsonSerializationException("The stored conversation reference has no conversation id or service URL.");
    }

    /// <summary>The conversation id without a channel thread's <c>;messageid=</c> suffix: the channel itself.</summary>
    private static string WithoutThread(string conversationId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        var thread = conversationId.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private static ConversationReference Copy(ConversationReference reference) => Deserialize(Serialize(reference));

    private static ConversationKind KindOf(string? conversationType) => conversationType?.ToUpperInvariant() switch
    {
        "CHANNEL" => ConversationKind.Channel,
        "GROUPCHAT" => ConversationKind.GroupChat,
        _ => ConversationKind.Personal,
    };

    private static string? DisplayNameOf(ConversationKind kind, IActivity activity, TeamsChannelData? channelData) => kind switch
    {
        ConversationKind.Channel when channelData?.Team?.Name is { Length: > 0 } team =>
            $"{team} › {NullIfBlank(channelData.Channel?.Name) ?? "General"}",
        ConversationKind.Channel => NullIfBlank(channelData?.Channel?.Name) ?? NullIfBlank(activity.Conversation.Name),
        ConversationKind.GroupChat => NullIfBlank(activity.Conversation.Name),
        _ => NullIfBlank(activity.From?.Name) is { } name && activity.From?.Role != RoleTypes.Bot
            ? $"Personal chat with {name}"
            : null,
    };

    private static TeamsChannelData? TeamsData(IActivity activity)
    {
        try
        {
            return activity.ChannelData is null ? null : activity.GetChannelData<TeamsChannelData>();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
