using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Caveats;

/// <summary>
/// Why police recorded crime and the Crime Survey for England and Wales tell different stories,
/// in the assessment's words, followed by every other caveat about the figures.
/// </summary>
public sealed class CaveatsCardBuilder(IKnowledgeStore store)
{
    /// <summary>The assessment's own text on its two datasets, in reading order: key findings and the priority 1 quote of the ONS.</summary>
    private static readonly string[] DatasetNarrativeIds =
        ["finding-two-datasets", "finding-no-single-measure", "finding-ons-quote", "p1-1718-trend-ons-quote"];

    /// <summary>Builds the caveats card.</summary>
    public CardReply Build()
    {
        var candidates = store.NarrativesOfKind(NarrativeKind.Finding).Concat(store.NarrativesOfKind(NarrativeKind.Context)).ToList();
        var datasets = DatasetNarrativeIds
            .Select(id => candidates.FirstOrDefault(n => n.Id == id))
            .OfType<Narrative>()
            .ToList();
        var caveats = store.NarrativesOfKind(NarrativeKind.Caveat);

        var body = new List<CardElement>
        {
            CardParts.Title("Why the figures can disagree"),
            CardParts.Subtle("Caveats of the strategic assessment, end of year review 2017/18"),
        };
        if (datasets.Count > 0)
        {
            body.Add(CardParts.Heading("Police figures and the Crime Survey (CSEW)"));
            body.AddRange(CardParts.Expandable("datasets", datasets[0].Text, expanded: true));
            if (datasets.Count > 1)
            {
                body.AddRange(CardParts.Expandable("datasets-more", string.Join("\n\n", datasets.Skip(1).Select(n => n.Text))));
            }
        }

        if (caveats.Count > 0)
        {
            body.Add(CardParts.Heading("Other caveats about the figures"));
            foreach (var (caveat, index) in caveats.Select((c, i) => (c, i)))
            {
                body.Add(new TextBlock(caveat.Title ?? "Note") { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
                body.AddRange(CardParts.Expandable($"caveat-{index + 1}", caveat.Text));
            }
        }

        if (datasets.Count + caveats.Count == 0)
        {
            body.Add(CardParts.Text("The store holds no caveats about the figures."));
        }

        body.Add(CardParts.Source(datasets.Concat(caveats).Select(n => n.Provenance)));
        var lead = datasets.Count > 0 ? " " + CardParts.FirstSentence(datasets[0].Text) : string.Empty;
        var summary = "Why police recorded crime and the Crime Survey for England and Wales (CSEW) disagree, and the other caveats about the figures." + lead;
        CardAction[] actions =
        [
            CardParts.Ask("What does CSEW mean?", Intent.Glossary, "csew"),
            CardParts.Ask("National picture", Intent.National),
            CardParts.Ask("Key findings", Intent.Findings),
        ];
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }
}
