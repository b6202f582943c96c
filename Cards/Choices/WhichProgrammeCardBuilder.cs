using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Choices;

/// <summary>
/// When a question points back ("who leads it?") but nothing was asked before, asks which programme the member means,
/// with a button per programme that asks the same question about it.
/// </summary>
public static class WhichProgrammeCardBuilder
{
    /// <summary>The card offering <paramref name="programmes"/>; each button asks <paramref name="intent"/> about one.</summary>
    public static CardReply Build(IReadOnlyList<Programme> programmes, Intent intent)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        const string summary = "Which programme or topic do you mean? Pick one below, or ask again with its name (for example \"who leads on county lines?\").";
        var body = new List<CardElement>
        {
            CardParts.Title("Which one do you mean?"),
            CardParts.Text(summary),
        };
        var actions = programmes
            .Take(CardParts.MaxActions)
            .Select(p => (CardAction)CardParts.Ask($"{p.Id} {p.Title}", intent, p.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }
}
