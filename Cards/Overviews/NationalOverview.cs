using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Overviews;

/// <summary>The national figures and the first line of the national context of every topic, with a button to each topic's full picture.</summary>
internal static class NationalOverview
{
    /// <summary>Longest context line shown per topic.</summary>
    private const int LineLength = CardParts.ShortTextLength;

    public static CardReply Build(IKnowledgeStore store)
    {
        const string title = "The national picture";
        var contexts = store.Indicators()
            .Select(i => store.NationalContext(i.Id))
            .OfType<NationalContext>()
            .Where(c => c.Figures.Count > 0 || c.Narratives.Count > 0)
            .ToList();
        if (contexts.Count == 0)
        {
            var none = "The assessment gives no national picture.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Subtle("National figures (England and Wales unless stated) and context, topic by topic, from the 2017/18 assessment"),
        };
        var cited = new List<Provenance>();
        var seenNarratives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var context in contexts)
        {
            // A context shared by several topics is shown once, under the topic it names first.
            var narrative = context.Narratives
                .Where(n => n.IndicatorIds.Count == 0 || string.Equals(n.IndicatorIds[0], context.Indicator.Id, StringComparison.OrdinalIgnoreCase))
                .FirstOrDefault(n => seenNarratives.Add(n.Id));
            if (context.Figures.Count == 0 && narrative is null)
            {
                continue;
            }

            var items = new List<CardElement>
            {
                new TextBlock(context.Indicator.DisplayName) { Weight = TextWeight.Bolder },
            };
            if (context.Figures.Count > 0)
            {
                cited.AddRange(context.Figures.Select(f => f.Provenance));
                items.Add(CardParts.Facts(context.Figures.Select(f => (
                    $"{Figures.AreaName(f.Area)}, {f.Period.Label}" + (f.Breakdown.Length > 0 ? $" ({f.Breakdown})" : string.Empty),
                    Figures.WithUnit(f, context.Indicator.Unit)))));
            }

            if (narrative is not null)
            {
                cited.Add(narrative.Provenance);
                items.Add(new TextBlock(Line(narrative.Text)) { Size = TextSize.Small, Spacing = Spacing.Small });
            }

            items.Add(new ActionSet([CardParts.Ask($"More on {Names.InSentence(context.Indicator.DisplayName)}", Intent.National, context.Indicator.Id)])
            {
                Spacing = Spacing.None,
            });
            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        body.Add(CardParts.Source(cited));
        var headlines = contexts
            .Select(c => (c.Indicator, Figure: c.Figures.FirstOrDefault(f => f.Measure == Measure.PercentChange && f.Breakdown.Length == 0 && f.Area == Area.EnglandAndWales)))
            .Where(x => x.Figure is not null)
            .Take(4)
            .Select(x => $"{Names.InSentence(x.Indicator.DisplayName)} {Figures.WithUnit(x.Figure!, x.Indicator.Unit)} ({x.Figure!.Period.Label})")
            .ToList();
        var summary = "The national picture, topic by topic, from the 2017/18 assessment"
            + (headlines.Count > 0 ? $". Nationally: {string.Join(", ", headlines)}." : ".");
        CardAction[] actions =
        [
            CardParts.Ask("Why police figures and the CSEW disagree", Intent.Caveats),
            CardParts.Ask("Compare with similar areas", Intent.Compare),
        ];
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>The first sentence, shortened at a word when it is long.</summary>
    private static string Line(string text)
    {
        var first = CardParts.FirstSentence(text.ReplaceLineEndings(" "));
        if (first.Length <= LineLength)
        {
            return first;
        }

        var space = first.LastIndexOf(' ', LineLength);
        return first[..(space > 0 ? space : LineLength)] + "…";
    }
}
