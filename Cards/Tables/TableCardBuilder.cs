using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Tables;

/// <summary>
/// A table of the assessment whose sub-groups are given as counts and proportions of a whole (the extended city
/// centre street-life table: all ASB; begging and homeless; all five keywords; per quarter): every cell with its row
/// and column labels, the row asked for in the answer's sentence, the table's notes, and gaps kept as gaps.
/// </summary>
public sealed class TableCardBuilder(IKnowledgeStore store)
{
    /// <summary>
    /// The table answer for a question about <paramref name="indicatorId"/>, or null when its figures are not in such a
    /// table (it has city-wide figures of its own, or no proportions).
    /// </summary>
    /// <param name="indicatorId">The sub-group asked about.</param>
    /// <param name="financialYearStart">The financial year asked for, or null for the table's.</param>
    /// <param name="quarter">The quarter asked for (its row), or null for every row.</param>
    /// <param name="yearToDate">
    /// True when a year-to-date total was asked: the table gives none (its total row is blank), so the answer says so before
    /// the quarters it does give; SafetyBot never adds the quarters up.
    /// </param>
    public CardReply? Build(string indicatorId, int? financialYearStart, int? quarter, bool yearToDate = false)
    {
        var own = store.Figures(indicatorId);
        if (own.Count == 0 || own.Any(o => o.Area == Area.CambridgeCity)
            || own.FirstOrDefault(o => o.Measure == Measure.Proportion && o.Period.Kind == PeriodKind.FinancialQuarter) is not { } anchor)
        {
            return null;
        }

        var section = anchor.Provenance.Section;
        var area = anchor.Area;
        var cells = store.Indicators()
            .SelectMany(i => store.Figures(i.Id))
            .Where(o => o.Area == area && o.Provenance.Section == section && o.Period.Kind == PeriodKind.FinancialQuarter)
            .ToList();
        var columns = cells
            .Select(o => (o.IndicatorId, o.Measure))
            .Distinct()
            .OrderBy(c => cells.All(o => o.IndicatorId != c.IndicatorId || o.Measure != Measure.Proportion) ? 0 : 1)
            .ThenBy(c => c.IndicatorId, StringComparer.Ordinal)
            .ThenBy(c => c.Measure)
            .ToList();
        var year = financialYearStart ?? anchor.Period.FinancialYearStart!.Value;
        var periods = cells.Select(o => o.Period).Where(p => p.FinancialYearStart == year).Distinct().OrderBy(p => p.Quarter).ToList();
        var title = $"Street life in the {Figures.AreaName(area).ToLowerInvariant()}";
        if (periods.Count == 0)
        {
            var none = $"{title}: the assessment has no figures for {FinancialYear(year)} in this table; it has {FinancialYear(anchor.Period.FinancialYearStart!.Value)}.";
            return new CardReply(CardParts.Card([CardParts.Title(title), CardParts.Text(none)], null, none), none);
        }

        var body = new List<CardElement>
        {
            CardParts.Title(title),
            CardParts.Subtle($"{Markdown.Escape(TableName(section))} · {FinancialYear(year)}"),
        };
        var asked = quarter is { } q ? periods.FirstOrDefault(p => p.Quarter == q) : null;
        string summary;
        if (quarter is { } missing && asked is null)
        {
            summary = $"{title}: the assessment has no figure for {FinancialYear(year)} Q{missing.ToString(CultureInfo.InvariantCulture)} in this table; "
                + $"it has {string.Join(", ", periods.Select(p => "Q" + p.Quarter!.Value.ToString(CultureInfo.InvariantCulture)))}"
                + " (the assessment was written in December 2017).";
            body.Add(CardParts.Text(summary));
        }
        else if (yearToDate)
        {
            summary = $"{title}: the assessment gives no year-to-date total for {FinancialYear(year)} in this table (its total row is blank), "
                + "and SafetyBot does not add the quarters up. The quarters it gives: "
                + string.Join(" ", periods.Select(p => RowSentence(p, columns, cells)));
            body.Add(CardParts.Text(summary));
        }
        else
        {
            summary = $"{title}. " + string.Join(" ", (asked is null ? periods : [asked]).Select(p => RowSentence(p, columns, cells)));
            body.Add(CardParts.Text(summary));
        }

        var header = new TableRow([new TableCell("Quarter"), .. columns.Select(c => new TableCell(ColumnLabel(c.IndicatorId, c.Measure)))]);
        var rows = periods.Select(p => new TableRow(
        [
            new TableCell($"Q{p.Quarter!.Value.ToString(CultureInfo.InvariantCulture)}"),
            .. columns.Select(c => new TableCell(Cell(cells, p, c) is { } o ? Value(o) : "blank")),
        ])
        {
            Style = p == asked ? ContainerStyle.Accent : null,
        });
        body.Add(new Table([new TableColumnDefinition(1), .. columns.Select(_ => new TableColumnDefinition(1))], [header, .. rows]) { FirstRowAsHeader = true });
        if (cells.Select(o => o.Note).OfType<string>().Distinct(StringComparer.Ordinal).ToList() is [var note])
        {
            body.Add(CardParts.Subtle("Proportions: " + Markdown.Escape(note)));
        }

        foreach (var narrative in columns.Select(c => c.IndicatorId).Distinct(StringComparer.Ordinal)
                     .SelectMany(id => store.Narratives(id, NarrativeKind.Note))
                     .Where(n => n.Provenance.Section.Contains("footnote", StringComparison.OrdinalIgnoreCase))
                     .DistinctBy(n => n.Text))
        {
            body.Add(CardParts.Subtle(Markdown.Escape(narrative.Text)));
        }

        body.Add(CardParts.Subtle("Cells the assessment leaves blank are shown as blank: it was written in December 2017, before the fourth quarter."));
        body.Add(CardParts.Source(cells.Select(o => o.Provenance), FinancialYear(year)));
        var actions = columns.Select(c => c.IndicatorId).Distinct(StringComparer.Ordinal)
            .Select(id => store.FindIndicator(id)).OfType<Indicator>()
            .Select(i => (CardAction)CardParts.Ask(Names.Short(i.DisplayName), Intent.Change, i.Id));
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>"2017/18 Q2 (July to September 2017): all ASB 392 incidents; begging and homeless 116 incidents, 30%; ...".</summary>
    private string RowSentence(Period period, IReadOnlyList<(string IndicatorId, Measure Measure)> columns, IReadOnlyList<Observation> cells)
    {
        var parts = columns.GroupBy(c => c.IndicatorId, StringComparer.Ordinal).Select(group =>
        {
            var values = group.Select(c => Cell(cells, period, c)).OfType<Observation>().Select(Value).ToList();
            return $"{ColumnLabel(group.Key, null)} {(values.Count == 0 ? "blank" : string.Join(", ", values))}";
        });
        return $"{period.Label}: {string.Join("; ", parts)}.";
    }

    private static Observation? Cell(IReadOnlyList<Observation> cells, Period period, (string IndicatorId, Measure Measure) column) =>
        cells.FirstOrDefault(o => o.Period == period && o.IndicatorId == column.IndicatorId && o.Measure == column.Measure);

    private string Value(Observation observation) =>
        observation.Measure == Measure.Proportion
            ? Figures.Number(observation.Value) + "% of all ASB"
            : Figures.WithUnit(observation, store.FindIndicator(observation.IndicatorId)?.Unit ?? string.Empty).Trim();

    /// <summary>"All ASB", "Begging and homeless", "Begging and homeless (proportion)".</summary>
    private string ColumnLabel(string indicatorId, Measure? measure)
    {
        var name = store.FindIndicator(indicatorId)?.DisplayName ?? indicatorId;
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        var label = colon >= 0 ? char.ToUpperInvariant(name[colon + 2]) + name[(colon + 3)..] : "All " + Abbreviated(name);
        return measure switch
        {
            Measure.Proportion => label + " (proportion)",
            Measure.Count => label + " (count)",
            _ => label,
        };
    }

    /// <summary>"ASB" for "Anti-social behaviour (ASB)"; the name in a sentence otherwise.</summary>
    private static string Abbreviated(string displayName)
    {
        var open = displayName.LastIndexOf(" (", StringComparison.Ordinal);
        var inBrackets = open > 0 && displayName.EndsWith(')') ? displayName[(open + 2)..^1] : string.Empty;
        return inBrackets.Length is > 1 and < 6 && inBrackets.All(char.IsUpper) ? inBrackets : Names.InSentence(displayName);
    }

    /// <summary>"Table 2: Quarterly breakdown of ASB in 'Extended City Centre Area' for 2017/18" from its section.</summary>
    private static string TableName(string section)
    {
        var table = section.IndexOf("Table", StringComparison.Ordinal);
        return table >= 0 ? section[table..] : section;
    }

    private static string FinancialYear(int start) =>
        $"{start.ToString(CultureInfo.InvariantCulture)}/{((start + 1) % 100).ToString("D2", CultureInfo.InvariantCulture)}";
}
