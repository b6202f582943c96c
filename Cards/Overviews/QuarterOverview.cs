using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Overviews;

/// <summary>
/// Every topic with quarterly figures (violence with and without injury, street-life ASB in the
/// extended city centre): a table per topic of its latest financial year against the year before,
/// and one chart of the quarters across topics.
/// </summary>
internal static class QuarterOverview
{
    public static CardReply Build(IKnowledgeStore store)
    {
        const string title = "Quarterly figures";
        var tables = store.Indicators()
            .Select(i => Table(store, i))
            .OfType<QuarterTable>()
            .ToList();
        if (tables.Count == 0)
        {
            var none = "The assessment gives no quarterly figures.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var latestYear = tables.Max(t => t.FinancialYearStart);
        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Subtle($"Every topic the assessment gives by quarter · financial year {FinancialYear(latestYear)} (Q1 is April to June)"),
        };
        var shown = new List<Observation>();
        foreach (var table in tables)
        {
            body.AddRange(Section(table, shown));
        }

        body.Add(CardParts.Subtle("Change is worked out by SafetyBot from the two figures (derived); the assessment prints the figures only. A dash: no figure given."));
        var charted = tables.Where(t => t.FinancialYearStart == latestYear && t.Quarters.Any(q => q.Current is not null)).ToList();
        body.Add(new GroupedVerticalBarChart(
        [
            .. charted.Select(t => new ChartSeries(
                Names.Short(t.Indicator.DisplayName),
                [.. t.Quarters.Where(q => q.Current is not null).Select(q => new ChartPoint($"Q{q.Period.Quarter}", (double)q.Current!.Value))])),
        ])
        {
            Title = $"By quarter, {FinancialYear(latestYear)}",
            ShowBarValues = true,
        });
        body.Add(CardParts.Source(shown.Select(o => o.Provenance), string.Join("; ", tables.Select(t => FinancialYear(t.FinancialYearStart)).Distinct(StringComparer.Ordinal))));

        var summary = "Quarterly figures: " + string.Join("; ", tables.Select(Headline)) + ".";
        var actions = tables.Take(5).Select(t => (CardAction)CardParts.Ask(Names.Short(t.Indicator.DisplayName), Intent.Quarters, t.Indicator.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>The latest financial year of the indicator's quarterly figures, in the area they are given for.</summary>
    private static QuarterTable? Table(IKnowledgeStore store, Indicator indicator)
    {
        var quarterly = store.Figures(indicator.Id).Where(o => o.Period.Kind == PeriodKind.FinancialQuarter).ToList();
        if (quarterly.Count == 0)
        {
            return null;
        }

        var latest = quarterly.MaxBy(o => o.Period.FinancialYearStart)!;
        return store.Quarters(indicator.Id, latest.Period.FinancialYearStart!.Value, latest.Area);
    }

    private static IEnumerable<CardElement> Section(QuarterTable table, List<Observation> shown)
    {
        var year = FinancialYear(table.FinancialYearStart);
        var previous = FinancialYear(table.FinancialYearStart - 1);
        var rows = new List<TableRow> { Row(true, "Quarter", year, previous, "Change") };
        var given = table.Quarters.Where(q => q.Current is not null || q.PreviousYear is not null);
        foreach (var quarter in given.Concat(table.YearToDate is { } ytd ? [ytd] : []))
        {
            shown.AddRange(new[] { quarter.Current, quarter.PreviousYear }.OfType<Observation>());
            var change = quarter.Current is { } now && quarter.PreviousYear is { } then ? Figures.Signed(now.Value - then.Value) + " (derived)" : "–";
            var name = quarter.Period.Kind == PeriodKind.FinancialYearToDate ? $"Year to date (to Q{quarter.Period.Quarter})" : $"Q{quarter.Period.Quarter}";
            rows.Add(Row(false, name, Value(quarter.Current), Value(quarter.PreviousYear), change));
        }

        yield return CardParts.Heading($"{table.Indicator.DisplayName}, {Figures.AreaName(table.Area)}");
        yield return new Table([new TableColumnDefinition(2), new TableColumnDefinition(1), new TableColumnDefinition(1), new TableColumnDefinition(2)], rows)
        {
            FirstRowAsHeader = true,
            ShowGridLines = true,
        };
    }

    /// <summary>"Violence without injury: 1,613 crimes year to date to Q3 (1,378 a year before)".</summary>
    private static string Headline(QuarterTable table)
    {
        var name = Names.Short(table.Indicator.DisplayName) + (table.Area == Area.CambridgeCity ? string.Empty : $" ({Figures.AreaName(table.Area).ToLowerInvariant()})");
        var latest = table.YearToDate ?? table.Quarters.LastOrDefault(q => q.Current is not null);
        if (latest?.Current is not { } current)
        {
            return $"{name}: no figure yet";
        }

        var when = latest.Period.Kind == PeriodKind.FinancialYearToDate ? $"year to date to Q{latest.Period.Quarter}" : $"Q{latest.Period.Quarter}";
        var before = latest.PreviousYear is { } p ? $" ({Figures.Number(p.Value)} a year before)" : string.Empty;
        return $"{name} {Figures.Number(current.Value)} {table.Indicator.Unit} in {FinancialYear(table.FinancialYearStart)} {when}{before}";
    }

    private static string FinancialYear(int start) => string.Create(CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}");

    private static string Value(Observation? observation) => observation is null ? "–" : Figures.Number(observation.Value);

    private static TableRow Row(bool header, params string[] cells) =>
        new([.. cells.Select(c => new TableCell([new TextBlock(c) { Weight = header ? TextWeight.Bolder : null }]))]);
}
