using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Overviews;

/// <summary>Every topic the assessment ranks in the iQuanta most similar group, highest rate first.</summary>
internal static class PeerOverview
{
    /// <summary>The ids of the topics the card lists, in its order ("the second one" after it is the second of these).</summary>
    public static IReadOnlyList<string> Listed(IKnowledgeStore store) => [.. Ranked(store).Select(p => p.Indicator.Id)];

    /// <summary>Every topic's comparison, highest rate (rank 1) first, then by name.</summary>
    private static List<PeerComparison> Ranked(IKnowledgeStore store) =>
        [.. store.Indicators()
            .Select(i => store.PeerComparison(i.Id))
            .OfType<PeerComparison>()
            .OrderBy(p => p.Rank.Value)
            .ThenBy(p => p.Indicator.DisplayName, StringComparer.Ordinal)];

    public static CardReply Build(IKnowledgeStore store)
    {
        var peers = Ranked(store);
        const string title = "How we compare with similar areas";
        if (peers.Count == 0)
        {
            var none = "The assessment gives no comparison with similar areas.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var periods = string.Join("; ", peers.Select(p => p.Period.Label).Distinct(StringComparer.Ordinal));
        var groupSize = peers.Select(p => p.Rank.RankOf).Distinct().ToList() is [{ } only] ? $" of the {only} areas" : string.Empty;
        var above = peers.Where(p => p.IsAboveAverage == true).ToList();
        var below = peers.Where(p => p.IsAboveAverage == false).ToList();
        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Subtle($"Cambridge City in its iQuanta most similar group · {periods}"),
            CardParts.Text($"Rank 1 is the highest crime rate{groupSize}. Our rate is **above** the group average for {List(above)}, and **below** it for {List(below)}."),
            new HorizontalBarChart(
            [
                .. peers.Select(p => new BarChartPoint(Label(p), (double)p.Rank.Value) { Color = Verdicts.ChartColour(Better(p)) }),
            ])
            {
                Title = $"Rank in the most similar group (1 = highest rate), {periods}",
                DisplayMode = HorizontalBarChartDisplayMode.AbsoluteWithAxis,
            },
            CardParts.Facts(peers.Select(p => (Label(p), Line(p)))),
            CardParts.Subtle("Colours: green where our rate is on the better side of the average for that topic, red where it is on the worse side."),
            CardParts.Source(peers.SelectMany(p => new[] { p.Rank, p.OurRate, p.MsgAverage }.OfType<Observation>()).Select(o => o.Provenance), periods),
        };

        var summary = $"Cambridge City against its most similar group ({periods}): above the average rate for {Ranked(above)}; below it for {Ranked(below)}.";
        var actions = peers.Take(5).Select(p => (CardAction)CardParts.Ask(Formatting.Names.Short(p.Indicator.DisplayName), Intent.Compare, p.Indicator.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>"3 out of 15 · 9.87 against 6.12 per 1,000 population · above average".</summary>
    private static string Line(PeerComparison peers)
    {
        var rank = RankOf(peers.Rank);
        if (peers.OurRate is not { } ours || peers.MsgAverage is not { } average)
        {
            return $"{rank} · no rates given";
        }

        var verdict = ours.Value > average.Value ? "above average" : ours.Value < average.Value ? "below average" : "level with the average";
        return $"{rank} · {Figures.Number(ours.Value)} against {Figures.Number(average.Value)} {Figures.RateBasis(ours.Measure)} · {verdict}";
    }

    /// <summary>"7 out of 15" (the assessment's words), or "7" when the source does not say out of how many.</summary>
    private static string RankOf(Observation rank) =>
        rank.RankOf is { } of ? $"{Figures.Number(rank.Value)} out of {of}" : Figures.Number(rank.Value);

    private static bool? Better(PeerComparison peers) =>
        peers.OurRate is { } ours && peers.MsgAverage is { } average ? Verdicts.IsBetter(peers.Indicator.BetterDirection, ours.Value - average.Value) : null;

    private static string Label(PeerComparison peers) =>
        Formatting.Names.Short(peers.Indicator.DisplayName) + (peers.Breakdown.Length > 0 ? $" ({peers.Breakdown})" : string.Empty);

    private static string List(IReadOnlyList<PeerComparison> peers) => peers.Count == 0
        ? "no topic"
        : string.Join(", ", peers.Select(p => Formatting.Names.InSentence(p.Indicator.DisplayName)));

    private static string Ranked(IReadOnlyList<PeerComparison> peers) => peers.Count == 0
        ? "no topic"
        : string.Join(", ", peers.Select(p => $"{Formatting.Names.InSentence(p.Indicator.DisplayName)} ({(p.Breakdown.Length > 0 ? p.Breakdown + ", " : string.Empty)}rank {RankOf(p.Rank)})"));
}
