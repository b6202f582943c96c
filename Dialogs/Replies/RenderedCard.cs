using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;

namespace SafetyBot.Dialogs.Replies;

/// <summary>An Adaptive Card already serialised, with the plain-text summary that goes with it.</summary>
/// <param name="Json">The card's JSON.</param>
/// <param name="Summary">The answer in one plain sentence.</param>
public sealed record RenderedCard(string Json, string Summary)
{
    /// <summary><paramref name="reply"/>'s card serialised, with its summary.</summary>
    public static RenderedCard Of(CardReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new RenderedCard(AdaptiveCardSerializer.Serialize(reply.Card), reply.Summary);
    }
}
