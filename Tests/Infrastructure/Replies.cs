using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>Reads what the bot sent back.</summary>
public static class Replies
{
    /// <summary>The Adaptive Card of a reply, as JSON.</summary>
    public static JObject Card(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return attachment.Content as JObject ?? JObject.FromObject(attachment.Content);
    }

    /// <summary>Every piece of text on a card (text blocks, text runs, facts, table cells), in order.</summary>
    public static IReadOnlyList<string> Texts(JObject card) =>
        card.Descendants().OfType<JProperty>()
            .Where(p => p.Name is "text" or "title" or "value" && p.Value.Type == JTokenType.String)
            .Select(p => p.Value.ToString())
            .ToList();

    /// <summary>All card text joined, for Contains assertions.</summary>
    public static string AllText(Activity reply) => string.Join("\n", Texts(Card(reply)));

    /// <summary>The submit data of each Action.Submit on the card.</summary>
    public static IReadOnlyList<JObject> SubmitData(JObject card) =>
        card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "Action.Submit")
            .Select(o => (JObject)o["data"]!)
            .ToList();

    /// <summary>The element types used on the card.</summary>
    public static IReadOnlyList<string> ElementTypes(JObject card) =>
        card.Descendants().OfType<JObject>().Select(o => (string?)o["type"]).OfType<string>().ToList();
}
