using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Movers;

/// <summary>
/// The biggest risers and fallers on the previous year by per cent change: a horizontal bar chart
/// per direction with the same numbers in a FactSet, colours and arrows following each topic's
/// better direction, and buttons to drill into the top topics.
/// </summary>
public sealed class MoversCardBuilder(IKnowledgeStore store)
{
    /// <summary>How many topics are ranked when one direction is asked.</summary>
    public const int OneDirectionCount = 8;

    /// <summary>How many topics each way are ranked when both directions are asked.</summary>
    public const int BothDirectionsCount = 5;

    /// <summary>
    /// Builds the ranking: risers (<see cref="MoveDirection.Up"/>), fallers, or both when <paramref name="direction"/> is null;
    /// with <paramref name="thresholdPercent"/>, every topic that moved by more than that many per cent, and no others;
    /// with <paramref name="category"/>, every topic of that group of the scanning table ("Property crime") that moved, and no others.
    /// </summary>
    public CardReply Build(MoveDirection? direction, decimal? thresholdPercent = null, string? category = null)
    {
        var (risers, fallers) = Ranked(direction, thresholdPercent, category);
        var period = risers.Concat(fallers).Select(m => m.PercentChange.Period).FirstOrDefault();
        var over = thresholdPercent is { } t ? $" of more than {Figures.Number(t)}%" : string.Empty;
        var title = category is not null ? CategoryTitle(category, direction, over) : direction switch
        {
            MoveDirection.Up when over.Length > 0 => "Rises" + over,
            MoveDirection.Down when over.Length > 0 => "Falls" + over,
            _ when over.Length > 0 => "Rises and falls" + over,
            MoveDirection.Up => "Biggest risers",
            MoveDirection.Down => "Biggest fallers",
            _ => "Biggest risers and fallers",
        };
        if (period is null)
        {
            var none = over.Length > 0
                ? $"{title}: the assessment gives no per cent change{over} on the previous year."
                : $"{title}: the assessment gives no per cent changes to rank.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var comparison = $"{period.Label} on {PreviousPeriod(period)}";
        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Subtle($"Cambridge City · per cent change, {comparison}"),
        };
        if (category is not null)
        {
            body.AddRange(store.NarrativesOfKind(NarrativeKind.EmergingTrend)
                .Where(n => string.Equals(n.Title, category, StringComparison.OrdinalIgnoreCase))
                .Select(n => (CardElement)CardParts.Text($"The assessment's summary: “{n.Text}”")));
        }

        body.AddRange(Section("Risers", "rise", risers, comparison));
        body.AddRange(Section("Fallers", "fall", fallers, comparison));
        body.Add(CardParts.Subtle("Colours and the words better or worse follow each topic's better direction: more domestic abuse being recorded is good news. Only topics for which the assessment gives a per cent change are ranked."));
        var shown = risers.Concat(fallers).ToList();
        body.Add(CardParts.Source(shown.SelectMany(Provenances), period.Label));

        var summary = over.Length > 0 || category is not null ? ThresholdSummary(title, comparison, risers.Concat(fallers).ToList()) : Summary(direction, comparison, risers, fallers);
        return new CardReply(CardParts.Card(body, Actions(direction, risers, fallers), summary), summary);
    }

    /// <summary>
    /// The indicator ids the ranking of <see cref="Build"/> shows, in its order (risers, then fallers): "the first one" after it
    /// is its first topic.
    /// </summary>
    public IReadOnlyList<string> Listed(MoveDirection? direction, decimal? thresholdPercent = null, string? category = null)
    {
        var (risers, fallers) = Ranked(direction, thresholdPercent, category);
        return [.. risers.Concat(fallers).Select(m => m.Indicator.Id)];
    }

    private (IReadOnlyList<Mover> Risers, IReadOnlyList<Mover> Fallers) Ranked(MoveDirection? direction, decimal? thresholdPercent, string? category)
    {
        var count = thresholdPercent is not null || category is not null ? int.MaxValue : direction is null ? BothDirectionsCount : OneDirectionCount;
        var risers = direction is null or MoveDirection.Up ? OverThreshold(InCategory(store.TopMovers(MoveDirection.Up, count), category), thresholdPercent) : [];
        var fallers = direction is null or MoveDirection.Down ? OverThreshold(InCategory(store.TopMovers(MoveDirection.Down, count), category), thresholdPercent) : [];
        return (risers, fallers);
    }

    private static IEnumerable<CardElement> Section(string heading, string noun, IReadOnlyList<Mover> movers, string comparison)
    {
        if (movers.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading(heading);
        yield return new HorizontalBarChart(
        [
            .. movers.Select(m => new BarChartPoint(Names.Short(m.Indicator.DisplayName), (double)Math.Abs(m.PercentChange.Value))
            {
                Color = Verdicts.ChartColour(m.IsImprovement),
            }),
        ])
        {
            Title = $"Per cent {noun}, {comparison}",
            DisplayMode = HorizontalBarChartDisplayMode.AbsoluteWithAxis,
        };
        yield return CardParts.Facts(movers.Select(m => (Names.Short(m.Indicator.DisplayName), Line(m))));
    }

    /// <summary>"▲ +53% (worse) · 90 crimes, +31" or, without a volume, "▲ +30% (worse) · +264; no volume given".</summary>
    private static string Line(Mover mover)
    {
        var unit = mover.Indicator.Unit;
        var percent = Figures.WithUnit(mover.PercentChange, unit);
        var verdict = mover.IsImprovement is { } better ? $" ({Verdicts.Word(better)})" : string.Empty;
        var change = mover.Change is { } c ? Figures.Signed(c.Value) : null;
        var volume = mover.Volume is { } v
            ? Figures.WithUnit(v, unit) + (change is null ? string.Empty : ", " + change)
            : (change is null ? string.Empty : change + "; ") + "no volume given";
        return $"{Verdicts.Arrow(mover.PercentChange.Value)} {percent}{verdict} · {volume}";
    }

    /// <summary>"Property crime topics that rose", "Violence topics that rose or fell by more than 10%".</summary>
    private static string CategoryTitle(string category, MoveDirection? direction, string over) =>
        $"{Names.Capitalised(category)} topics that " + direction switch
        {
            MoveDirection.Up => over.Length > 0 ? "rose by more than" + over[" of more than".Length..] : "rose",
            MoveDirection.Down => over.Length > 0 ? "fell by more than" + over[" of more than".Length..] : "fell",
            _ => over.Length > 0 ? "rose or fell by more than" + over[" of more than".Length..] : "rose or fell",
        };

    private static IReadOnlyList<Mover> InCategory(IReadOnlyList<Mover> movers, string? category) =>
        category is null ? movers : [.. movers.Where(m => string.Equals(m.Indicator.Category, category, StringComparison.OrdinalIgnoreCase))];

    private static IReadOnlyList<Mover> OverThreshold(IReadOnlyList<Mover> movers, decimal? thresholdPercent) =>
        thresholdPercent is { } t ? [.. movers.Where(m => Math.Abs(m.PercentChange.Value) > t)] : movers;

    /// <summary>"Rises of more than 30%, 2017 on 2016: cybercrime +53%, business crime +44%, dwelling burglary +43%." (every one).</summary>
    private static string ThresholdSummary(string title, string comparison, IReadOnlyList<Mover> movers) =>
        $"{title}, {comparison}: "
        + string.Join(", ", movers.Select(m => $"{Names.InSentence(m.Indicator.DisplayName)} {Figures.WithUnit(m.PercentChange, m.Indicator.Unit)}")) + ".";

    private static IEnumerable<Provenance> Provenances(Mover mover) =>
        new[] { mover.PercentChange, mover.Change, mover.Volume }.OfType<Observation>().Select(o => o.Provenance);

    private static string Summary(MoveDirection? direction, string comparison, IReadOnlyList<Mover> risers, IReadOnlyList<Mover> fallers)
    {
        static string List(IReadOnlyList<Mover> movers) => movers.Count == 0
            ? "none"
            : string.Join(", ", movers.Take(3).Select(m => $"{Names.InSentence(m.Indicator.DisplayName)} {Figures.WithUnit(m.PercentChange, m.Indicator.Unit)}"));

        return direction switch
        {
            MoveDirection.Up => $"Biggest risers, {comparison} (per cent change): {List(risers)}.",
            MoveDirection.Down => $"Biggest fallers, {comparison} (per cent change): {List(fallers)}.",
            _ => $"Biggest risers, {comparison} (per cent change): {List(risers)}; biggest fallers: {List(fallers)}.",
        };
    }

    private static IEnumerable<CardAction> Actions(MoveDirection? direction, IReadOnlyList<Mover> risers, IReadOnlyList<Mover> fallers)
    {
        var drill = direction is null ? risers.Take(3).Concat(fallers.Take(2)) : risers.Concat(fallers).Take(4);
        foreach (var mover in drill)
        {
            yield return CardParts.Ask(Names.Short(mover.Indicator.DisplayName), Intent.Change, mover.Indicator.Id);
        }

        if (direction is { } only)
        {
            var other = only == MoveDirection.Up ? MoveDirection.Down : MoveDirection.Up;
            yield return new SubmitAction(
                other == MoveDirection.Up ? "Biggest risers" : "Biggest fallers",
                new SubmitData(Verbs.Of(Intent.Movers)).With(Verbs.DirectionField, other == MoveDirection.Up ? "up" : "down"));
        }
    }

    private static string PreviousPeriod(Period period) => period.Kind == PeriodKind.CalendarYear
        ? (period.StartYear - 1).ToString(CultureInfo.InvariantCulture)
        : "the same period a year before";
}
