using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>Teams activities in channels and chats whose service URL is a fake connector.</summary>
public static class TeamsConversations
{
    public static Activity InChannel(string serviceUrl, string channelId, string type = ActivityTypes.Message, TestUser? from = null, string? text = null) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = From(from ?? TestUser.Admin),
        Recipient = new ChannelAccount("28:safetybot", "SafetyBot"),
        Conversation = new ConversationAccount(id: $"{channelId};messageid=1530000000000", tenantId: Activities.TenantId, conversationType: "channel"),
        ChannelData = JObject.FromObject(new
        {
            tenant = new { id = Activities.TenantId },
            team = new { id = "19:team@thread.tacv2", name = "Partnership board" },
            channel = new { id = channelId },
        }),
    };

    public static Activity InPersonalChat(string serviceUrl, string conversationId, TestUser user, string type = ActivityTypes.Message) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        From = From(user),
        Recipient = new ChannelAccount("28:safetybot", "SafetyBot"),
        Conversation = new ConversationAccount(id: conversationId, tenantId: Activities.TenantId, conversationType: "personal"),
        ChannelData = JObject.FromObject(new { tenant = new { id = Activities.TenantId } }),
    };

    /// <summary>Subscribes the channel <paramref name="channelId"/> as an admin would, from a message in it.</summary>
    public static Task<SubscribeResult> SubscribeAsync(ISubscriptionStore store, string serviceUrl, string channelId) =>
        store.SubscribeAsync(ConversationReferences.Describe(InChannel(serviceUrl, channelId)), TestUser.Admin.AadObjectId);

    private static ChannelAccount From(TestUser user) => new(user.Id, user.Name, aadObjectId: user.AadObjectId);
}
