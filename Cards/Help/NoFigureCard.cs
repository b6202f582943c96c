using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;

namespace SafetyBot.Cards.Help;

/// <summary>
/// The honest answer to a figure the assessment does not give about something it does name ("KSI numbers", "how many
/// children saw Chelsea's Choice"): the sentence saying so, and what the assessment has on that subject offered as
/// buttons. It shows no figures of its own, so that no other topic's figure can pass for the one asked.
/// </summary>
public static class NoFigureCard
{
    /// <summary>What the message says beside the card (the card says why, and what the assessment has).</summary>
    public const string Summary = "The 2017/18 strategic assessment has no figure for that.";

    /// <summary>
    /// The card: <paramref name="text"/> and a button for each of <paramref name="offers"/> (at most
    /// <see cref="CardParts.MaxActions"/>); the message beside it says only <see cref="Summary"/>, not the card's text again.
    /// </summary>
    public static CardReply Build(string text, IEnumerable<SubmitAction> offers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(offers);
        CardElement[] body = [CardParts.Title("No figure in the assessment"), CardParts.Text(text)];
        return new CardReply(CardParts.Card(body, offers.Take(CardParts.MaxActions), text), Summary);
    }
}
