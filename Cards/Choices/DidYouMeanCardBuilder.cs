using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Choices;

/// <summary>When a question fits two topics equally ("domestic abuse"), asks which, with a button each.</summary>
public static class DidYouMeanCardBuilder
{
    /// <summary>
    /// The card offering <paramref name="candidates"/>; each button asks <paramref name="intent"/> about one, with the period the
    /// question named (<paramref name="periodFields"/>: "since 2012" is still asked once a topic is picked). With
    /// <paramref name="figuresFollow"/>, the card says each topic's figures come next, so the member has them at once and picks
    /// one only to go on with it.
    /// </summary>
    public static CardReply Build(IReadOnlyList<Indicator> candidates, Intent intent, IReadOnlyDictionary<string, string>? periodFields = null, bool figuresFollow = false)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var names = string.Join(" or ", candidates.Select(c => ShortName(c.DisplayName).ToLowerInvariant()));
        var summary = $"Did you mean {names}?";
        var body = new List<CardElement>
        {
            CardParts.Title("Did you mean…"),
            CardParts.Text(figuresFollow
                ? "Your question fits more than one topic: the assessment's figures for each follow. Pick one to go on with it."
                : "Your question fits more than one topic. Which one?"),
        };
        body.AddRange(candidates.Where(c => c.Description.Length > 0).Select(c => CardParts.Text($"**{c.DisplayName}**: {c.Description}")));
        var actions = candidates.Select(c => (CardAction)WithPeriod(CardParts.Ask(ShortName(c.DisplayName), intent, c.Id), periodFields));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>A button's data with the period's fields added.</summary>
    private static SubmitAction WithPeriod(SubmitAction action, IReadOnlyDictionary<string, string>? periodFields) =>
        periodFields is null || periodFields.Count == 0
            ? action
            : action with { Data = periodFields.Aggregate(action.Data, (d, field) => d.With(field.Key, field.Value)) };

    /// <summary>"Domestic violence offences (crimes with a domestic abuse marker)" fits a button as "Domestic violence offences".</summary>
    private static string ShortName(string displayName)
    {
        var bracket = displayName.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? displayName[..bracket] : displayName;
    }
}
