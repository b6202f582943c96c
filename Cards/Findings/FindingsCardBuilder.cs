using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Findings;

/// <summary>
/// The assessment's key findings, its emerging local trends (by theme) and its recommendations,
/// as the document words them, the longer parts behind "Show more".
/// </summary>
public sealed class FindingsCardBuilder(IKnowledgeStore store)
{
    /// <summary>
    /// Builds the findings card; with <paramref name="category"/> (a group of the scanning table, "Violence"), only the findings
    /// and emerging trends about its topics ("key concerns about violence"), and no recommendations.
    /// </summary>
    public CardReply Build(string? category = null)
    {
        var ofCategory = category is null
            ? null
            : store.Indicators().Where(i => string.Equals(i.Category, category, StringComparison.OrdinalIgnoreCase)).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        bool About(Narrative n) => ofCategory is null || string.Equals(n.Title, category, StringComparison.OrdinalIgnoreCase) || n.IndicatorIds.Any(ofCategory.Contains);
        var findings = store.NarrativesOfKind(NarrativeKind.Finding).Where(About).ToList();
        var trends = store.NarrativesOfKind(NarrativeKind.EmergingTrend).Where(About).ToList();
        IReadOnlyList<Narrative> recommendations = category is null ? store.NarrativesOfKind(NarrativeKind.Recommendation) : [];
        if (category is not null && findings.Count + trends.Count == 0)
        {
            // No finding is filed under the group's topics ("key findings on exploitation"): what the executive summary says in the
            // group's own word ("use of violence as a means of exploitation"; the priority recommended "against violence and exploitation").
            bool Names(Narrative n) => NamesTheGroup(n.Text, category);
            findings = [.. store.NarrativesOfKind(NarrativeKind.Finding).Where(Names)];
            trends = [.. store.NarrativesOfKind(NarrativeKind.EmergingTrend).Where(Names)];
            recommendations = [.. store.NarrativesOfKind(NarrativeKind.Recommendation).Where(Names)];
        }

        var themes = trends.Select(t => t.Title).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

        var body = new List<CardElement>
        {
            CardParts.Title(category is null ? "Key findings" : $"Key findings: {category.ToLowerInvariant()}"),
            CardParts.Subtle("Executive summary of the strategic assessment, end of year review 2017/18"),
        };
        if (findings.Count + trends.Count + recommendations.Count == 0)
        {
            body.Add(CardParts.Text(NoFindings(category, ofCategory)));
        }

        body.AddRange(Part("findings", "What the assessment found", findings));
        if (trends.Count > 0)
        {
            body.Add(CardParts.Heading("Emerging local trends"));
            foreach (var (theme, index) in trends.GroupBy(t => t.Title ?? "Other").Select((g, i) => (g, i)))
            {
                body.Add(new TextBlock(theme.Key) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
                body.AddRange(CardParts.Expandable($"trend-{index + 1}", string.Join("\n\n", theme.Select(t => t.Text))));
            }
        }

        body.AddRange(Part("recommendations", "Recommendations", recommendations));
        body.Add(CardParts.Source(findings.Concat(trends).Concat(recommendations).Select(n => n.Provenance)));

        var summary = (category is null ? "Key findings of the 2017/18 strategic assessment" : $"Key findings of the 2017/18 strategic assessment on {category.ToLowerInvariant()}")
            + (themes.Count > 0 ? $", with its emerging local trends ({string.Join(", ", themes.Select(t => t.ToLowerInvariant()))})" : string.Empty)
            + (recommendations.Count > 0 ? " and its recommendations." : ".");
        CardAction[] actions =
        [
            CardParts.Ask("Biggest risers and fallers", Intent.Movers),
            CardParts.Ask("Why figures disagree", Intent.Caveats),
            CardParts.Ask("Compare with similar areas", Intent.Compare),
            CardParts.Ask("Walk me through the priorities", Intent.PriorityWalkthrough),
        ];
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>
    /// What is said when the executive summary has nothing of <paramref name="category"/>: where the assessment does speak of its
    /// topics (the full scanning table), never how SafetyBot keeps them.
    /// </summary>
    private string NoFindings(string? category, HashSet<string>? ofCategory)
    {
        if (category is null || ofCategory is null)
        {
            return "The assessment's executive summary gives no key findings.";
        }

        var names = store.Indicators().Where(i => ofCategory.Contains(i.Id)).Select(i => i.DisplayName.ToLowerInvariant()).ToList();
        var group = category.ToLowerInvariant();
        return names.Count == 0
            ? $"The assessment's executive summary has no key findings on {group}."
            : $"The assessment's executive summary has no key findings on {group} of its own. It reviews {JoinedNames(names)} in its full scanning table: ask about "
                + (names.Count == 1 ? "it" : "one of them") + " for its figures and what the assessment says of it.";
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    private static string JoinedNames(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];

    /// <summary>Whether <paramref name="text"/> names the group in its own word ("exploitation" for Exploitation), as a whole word.</summary>
    private static bool NamesTheGroup(string text, string category) =>
        System.Text.RegularExpressions.Regex.IsMatch(
            text,
            @"\b" + System.Text.RegularExpressions.Regex.Escape(category) + @"\b",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

    private static IEnumerable<CardElement> Part(string id, string heading, IReadOnlyList<Narrative> narratives)
    {
        if (narratives.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading(heading);
        foreach (var element in CardParts.Expandable(id, string.Join("\n\n", narratives.Select(n => n.Text))))
        {
            yield return element;
        }
    }
}
