using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>Activities as Teams would send them.</summary>
public static class Activities
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000t1";

    public static Activity Message(string text, TestUser user, string conversationId = "conversation-1") =>
        Base(ActivityTypes.Message, user, conversationId, text: text);

    public static Activity Submit(object data, TestUser user, string conversationId = "conversation-1") =>
        Base(ActivityTypes.Message, user, conversationId, value: JObject.FromObject(data));

    public static Activity Base(string type, TestUser user, string conversationId, string? text = null, object? value = null) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        Value = value,
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:9/",
        Timestamp = DateTimeOffset.UtcNow,
        From = new ChannelAccount(user.Id, user.Name, aadObjectId: user.AadObjectId),
        Recipient = new ChannelAccount("28:safetybot", "SafetyBot"),
        Conversation = new ConversationAccount(id: conversationId, tenantId: TenantId, conversationType: "personal"),
        ChannelData = JObject.FromObject(new { tenant = new { id = TenantId } }),
        Locale = "en-GB",
    };
}
