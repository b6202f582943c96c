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
        return Json(attachment.Content);
    }

    /// <summary>
    /// An attachment's content as JSON: a JObject when it came over HTTP, the raw JSON the bot
    /// attached when the reply never left the process.
    /// </summary>
    public static JObject Json(object content) => content switch
    {
        JObject json => json,
        JRaw raw => JObject.Parse((string)raw.Value!),
        _ => JObject.FromObject(content),
    };

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

    /// <summary>The submit data of the button titled <paramref name="title"/> on any card of <paramref name="replies"/>.</summary>
    public static JObject Button(IEnumerable<Activity> replies, string title)
    {
        foreach (var reply in replies)
        {
            foreach (var attachment in reply.Attachments ?? [])
            {
                var card = Json(attachment.Content);
                var action = card.Descendants().OfType<JObject>()
                    .FirstOrDefault(o => (string?)o["type"] == "Action.Submit" && (string?)o["title"] == title);
                if (action is not null)
                {
                    return (JObject)action["data"]!.DeepClone();
                }
            }
        }

        throw new Xunit.Sdk.XunitException($"No button titled '{title}' in: {string.Join(" | ", replies.Select(r => r.Text))}");
    }

    /// <summary>Everything the bot said in <paramref name="replies"/>: texts and card texts.</summary>
    public static string Said(IEnumerable<Activity> replies) =>
        string.Join("\n", replies.SelectMany(r => new[] { r.Text ?? string.Empty }.Concat((r.Attachments ?? []).SelectMany(a =>
            Texts(Json(a.Content))))));

    /// <summary>The element types used on the card.</summary>
    public static IReadOnlyList<string> ElementTypes(JObject card) =>
        card.Descendants().OfType<JObject>().Select(o => (string?)o["type"]).OfType<string>().ToList();
}
