using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Lists;

/// <summary>
/// "Which crime is the most common?", "what are the highest volume crimes?", "which property crime is smallest?": the counts the
/// assessment prints for its topics, put in order by SafetyBot (the assessment ranks none itself, and the answer says so). Counts
/// are compared only with counts of the same unit and period: crimes with crimes and incidents with incidents, of the period most
/// topics share; a topic counted for another period is named with its own, never ranked beside the others.
/// </summary>
public sealed class VolumeRankingCardBuilder(IKnowledgeStore store)
{
    /// <summary>How many topics of each unit the summary names.</summary>
    private const int Named = 3;

    /// <summary>
    /// The ranking, largest or smallest first; with <paramref name="category"/>, only that group's topics ("Property crime"); with
    /// <paramref name="rates"/>, of the rates per 1,000 population the assessment prints rather than the counts.
    /// </summary>
    public CardReply Build(VolumeOrder order, string? category = null, bool rates = false)
    {
        var measure = rates ? Measure.RatePer1000Population : Measure.Count;
        var what = rates ? "rates per 1,000 population" : "counts";
        var counts = store.Indicators()
            .Where(i => category is null || string.Equals(i.Category, category, StringComparison.OrdinalIgnoreCase))
            .Where(i => !string.Equals(i.Category, "Context", StringComparison.OrdinalIgnoreCase))
            .Select(i => (Indicator: i, Count: store.Latest(i.Id, measure)))
            .Where(c => c.Count is not null)
            .Select(c => (c.Indicator, Count: c.Count!))
            .ToList();
        var period = counts.GroupBy(c => c.Count.Period.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.First().Count.Period.StartYear).Select(g => g.First().Count.Period).FirstOrDefault();
        var scope = category is null ? "topics" : $"{Names.InSentence(category)} topics";
        var title = $"The {(order == VolumeOrder.LargestFirst ? rates ? "highest" : "largest" : rates ? "lowest" : "smallest")} {what} of the assessment's {scope}";
        if (period is null)
        {
            var none = $"The 2017/18 strategic assessment prints no {what} for its {scope} to put in order.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var ranked = counts.Where(c => SamePeriod(c.Count.Period, period)).ToList();
        var otherPeriods = counts.Where(c => !SamePeriod(c.Count.Period, period)).ToList();
        var units = ranked.GroupBy(c => c.Indicator.Unit, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => string.Equals(g.Key, "crimes", StringComparison.OrdinalIgnoreCase)).ThenByDescending(g => g.Count())
            .Select(g => (Unit: g.Key, Rows: Ordered(g, order)))
            .ToList();

        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Subtle($"Cambridge City · {what} for {period.Label}, put in order by SafetyBot"),
        };
        foreach (var (unit, rows) in units)
        {
            body.Add(CardParts.Heading(Names.Capitalised(unit)));
            if (rows.Count > 1)
            {
                body.Add(new HorizontalBarChart([.. rows.Select(r => new BarChartPoint(Names.Short(r.Indicator.DisplayName), (double)r.Count.Value))])
                {
                    Title = rates ? $"{Names.Capitalised(unit)} per 1,000 population, {period.Label}" : $"{Names.Capitalised(unit)}, {period.Label}",
                    DisplayMode = HorizontalBarChartDisplayMode.AbsoluteWithAxis,
                });
            }

            body.Add(CardParts.Facts(rows.Select(r => (Names.Short(r.Indicator.DisplayName), Figures.WithUnit(r.Count, unit)))));
        }

        if (otherPeriods.Count > 0)
        {
            body.Add(CardParts.Subtle("Counted for another period, so not in order with the rest: "
                + string.Join("; ", otherPeriods.Select(c => $"{Names.InSentence(c.Indicator.DisplayName)} {Figures.WithUnit(c.Count, c.Indicator.Unit)} ({c.Count.Period.Label})")) + "."));
        }

        body.Add(CardParts.Subtle($"The assessment does not rank its topics itself: these are the {what} it prints, in order. Some topics are parts of others (violence with and without injury are parts of all violence against the person), so they do not add up to a total."));
        body.Add(CardParts.Source(ranked.Select(r => r.Count.Provenance).DistinctBy(p => p.Section).Take(3), period.Label));

        var summary = $"Of the {what} the assessment prints for {period.Label}, "
            + string.Join("; of ", units.Select(u => $"{u.Unit}, {(order == VolumeOrder.LargestFirst ? rates ? "the highest" : "the largest" : rates ? "the lowest" : "the smallest")}: "
                + string.Join(", ", u.Rows.Take(Named).Select(r => $"{Names.InSentence(r.Indicator.DisplayName)} {Figures.Number(r.Count.Value)}"))))
            + ". The assessment does not rank its topics itself; some are parts of others.";
        var actions = units.SelectMany(u => u.Rows.Take(2)).Take(CardParts.MaxActions)
            .Select(r => CardParts.Ask(Names.Short(r.Indicator.DisplayName), Intent.Change, r.Indicator.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    private static List<(Indicator Indicator, Observation Count)> Ordered(IEnumerable<(Indicator Indicator, Observation Count)> rows, VolumeOrder order) =>
        order == VolumeOrder.LargestFirst ? [.. rows.OrderByDescending(r => r.Count.Value)] : [.. rows.OrderBy(r => r.Count.Value)];

    private static bool SamePeriod(Period a, Period b) => string.Equals(a.Key, b.Key, StringComparison.Ordinal);
}
