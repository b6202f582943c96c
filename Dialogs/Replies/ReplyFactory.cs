using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;

namespace SafetyBot.Dialogs.Replies;

/// <summary>Turns card replies into Teams activities: the card as an attachment, and its plain-text summary as text and summary.</summary>
public static class ReplyFactory
{
    /// <summary>The activity for <paramref name="reply"/>.</summary>
    public static IMessageActivity Card(CardReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var attachment = new Attachment
        {
            ContentType = AdaptiveCardSerializer.ContentType,
            // Already JSON: written into the activity as it is, not parsed into a JObject and written again.
            Content = new JRaw(AdaptiveCardSerializer.Serialize(reply.Card)),
        };
        var activity = MessageFactory.Attachment(attachment, reply.Summary);
        activity.Summary = reply.Summary;
        return activity;
    }

    /// <summary>A plain text reply.</summary>
    public static IMessageActivity Text(string text) => MessageFactory.Text(text);
}
