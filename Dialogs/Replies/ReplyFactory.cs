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
        return Card(RenderedCard.Of(reply));
    }

    /// <summary>The activity for a card already serialised.</summary>
    public static IMessageActivity Card(RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var attachment = new Attachment
        {
            ContentType = AdaptiveCardSerializer.ContentType,
            // Already JSON: written into the activity as it is, not parsed into a JObject and written again.
            Content = new JRaw(card.Json),
        };
        var activity = MessageFactory.Attachment(attachment, card.Summary);
        activity.Summary = card.Summary;
        return activity;
    }

    /// <summary>A plain text reply.</summary>
    public static IMessageActivity Text(string text) => MessageFactory.Text(text);
}
