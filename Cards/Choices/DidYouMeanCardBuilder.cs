using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Choices;

/// <summary>When a question fits two topics equally ("domestic abuse"), asks which, with a button each.</summary>
public static class DidYouMeanCardBuilder
{
    /// <summary>The card offering <paramref name="candidates"/>; each button asks <paramref name="intent"/> about one.</summary>
    public static CardReply Build(IReadOnlyList<Indicator> candidates, Intent intent)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var names = string.Join(" or ", candidates.Select(c => ShortName(c.DisplayName).ToLowerInvariant()));
        var summary = $"Did you mean {names}?";
        var body = new List<CardElement>
        {
            CardParts.Title("Did you mean…"),
            CardParts.Text("Your question fits more than one topic. Which one?"),
        };
        body.AddRange(candidates.Where(c => c.Description.Length > 0).Select(c => CardParts.Text($"**{c.DisplayName}**: {c.Description}")));
        var actions = candidates.Select(c => (CardAction)CardParts.Ask(ShortName(c.DisplayName), intent, c.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>"Domestic violence offences (crimes with a domestic abuse marker)" fits a button as "Domestic violence offences".</summary>
    private static string ShortName(string displayName)
    {
        var bracket = displayName.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? displayName[..bracket] : displayName;
    }
}
