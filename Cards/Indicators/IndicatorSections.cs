using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Indicators;

/// <summary>The sections of an indicator card. Each section adds the figures it shows to <c>shown</c>, for the source line.</summary>
internal static class IndicatorSections
{
    /// <summary>The card's title and the line under it: the place its figures are for (Cambridge City unless <paramref name="place"/>), the category, the source.</summary>
    public static IEnumerable<CardElement> Header(IndicatorFacts facts, Area? place = null)
    {
        var origin = facts.Volume?.Provenance.OriginalSource ?? facts.Change?.Provenance.OriginalSource;
        var where = Figures.AreaName(place ?? Area.CambridgeCity);
        yield return CardParts.Title(facts.Indicator.DisplayName);
        yield return CardParts.Subtle(string.Join(" · ", new[] { where, facts.Indicator.Category, origin }.Where(s => !string.IsNullOrWhiteSpace(s))));
    }

    /// <summary>The headline: the latest volume (or the year asked) and its change on the previous year.</summary>
    public static IEnumerable<CardElement> Headline(IndicatorFacts facts, IndicatorQuestion question, List<Observation> shown)
    {
        var asked = question.Year is { } year ? facts.Volumes.FirstOrDefault(v => v.Period.Kind == PeriodKind.CalendarYear && v.Period.StartYear == year) : null;
        if (question.Year is { } missingYear && asked is null && !IndicatorSummaries.OnlyFiguresEndIn(facts, missingYear))
        {
            yield return new TextBlock(IndicatorSummaries.PrintedWithoutACount(facts, missingYear) is { } printed
                ? $"The assessment gives no {facts.Indicator.DisplayName.ToLowerInvariant()} count for {missingYear}; for {missingYear} it gives {printed}.{(facts.Volume is null ? string.Empty : " Its latest count is shown.")}"
                : $"The assessment has no {facts.Indicator.DisplayName.ToLowerInvariant()} figure for {missingYear}. Its latest is shown.")
            {
                Color = TextColor.Warning,
            };
        }

        var volume = asked ?? facts.Volume;
        var changeApplies = volume is null || facts.Volume is null || volume.Period.Key == facts.Volume.Period.Key;
        var change = changeApplies ? facts.Change : null;
        var percent = changeApplies ? facts.PercentChange : null;
        if (volume is null && change is null && percent is null)
        {
            if (IndicatorSummaries.OnlyFigures(facts) is { } only)
            {
                yield return new TextBlock(only) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true };
            }

            yield break;
        }

        var left = new List<CardElement>();
        if (volume is not null)
        {
            shown.Add(volume);
            left.Add(new TextBlock(Figures.Number(volume.Value)) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder });
            left.Add(CardParts.Subtle($"{facts.Indicator.Unit} in {volume.Period.Label}"));
        }
        else
        {
            left.Add(new TextBlock("No volume") { Size = TextSize.Large, Weight = TextWeight.Bolder, IsSubtle = true });
            left.Add(CardParts.Subtle("the assessment leaves it blank"));
        }

        var columns = new List<Column> { new(left) { Width = ColumnWidth.Auto } };
        if (change is not null || percent is not null)
        {
            var reference = change ?? percent!;
            shown.Add(reference);
            columns.Add(new Column(
            [
                ChangeCue(facts.Indicator, change?.Value, percent?.Value),
                CardParts.Subtle($"on the previous year ({PreviousPeriod(reference.Period)})"),
            ])
            {
                Width = ColumnWidth.Stretch,
                VerticalContentAlignment = VerticalAlignment.Center,
            });
        }

        yield return new ColumnSet(columns) { Spacing = Spacing.Medium };
    }

    /// <summary>Every rate the assessment gives, for each year, with a chart when there are two or more.</summary>
    public static IEnumerable<CardElement> Rates(IndicatorFacts facts, List<Observation> shown, bool lead)
    {
        foreach (var group in facts.Rates.GroupBy(r => r.Measure))
        {
            var rates = group.ToList();
            shown.AddRange(rates);
            var basis = Figures.RateBasis(group.Key);
            yield return CardParts.Heading($"Rate {basis}");
            yield return CardParts.Facts(rates.Select(r => (r.Period.Label, Figures.Number(r.Value) + (r.IsDerived ? " (derived)" : string.Empty))));
            if (rates.Count >= 2)
            {
                yield return Charts.Over(facts.Indicator.DisplayName + " rate " + basis, rates);
            }
        }
    }

    /// <summary>Rank in the most similar group, our rate against the average, and a verdict in words.</summary>
    public static IEnumerable<CardElement> Comparison(IndicatorFacts facts, List<Observation> shown, bool lead)
    {
        if (facts.Peers is not { } peers)
        {
            if (lead)
            {
                yield return CardParts.Text($"The assessment gives no most-similar-group comparison for {facts.Indicator.DisplayName.ToLowerInvariant()}.");
            }

            yield break;
        }

        var scope = peers.Breakdown.Length > 0 ? $" ({peers.Breakdown})" : string.Empty;
        yield return CardParts.Heading($"Compared with similar areas{scope}");
        shown.Add(peers.Rank);
        var rankText = $"Ranked {Figures.Number(peers.Rank.Value)} of {peers.Rank.RankOf ?? 15} in the iQuanta most similar group, {peers.Period.Label}.";
        yield return CardParts.Text(rankText);
        if (peers.OurRate is { } ours && peers.MsgAverage is { } average)
        {
            shown.Add(ours);
            shown.Add(average);
            var basis = Figures.RateBasis(ours.Measure);
            var verdict = ours.Value > average.Value ? "above" : ours.Value < average.Value ? "below" : "level with";
            yield return new TextBlock($"Cambridge City's rate is **{verdict}** the group average: {Figures.Number(ours.Value)} against {Figures.Number(average.Value)} {basis}.");
            yield return CardParts.Facts(
            [
                ("Cambridge City", $"{Figures.Number(ours.Value)} {basis}"),
                ("Similar areas' average", $"{Figures.Number(average.Value)} {basis}"),
                ("Rank", $"{Figures.Number(peers.Rank.Value)} of {peers.Rank.RankOf ?? 15}"),
            ]);
            if (lead)
            {
                yield return new HorizontalBarChart(
                [
                    new BarChartPoint("Cambridge City", (double)ours.Value) { Color = ChartColor.CategoricalBlue },
                    new BarChartPoint("Similar areas' average", (double)average.Value) { Color = ChartColor.CategoricalMarigold },
                ])
                {
                    Title = $"Rate {basis}, {peers.Period.Label}",
                };
            }
        }
    }

    /// <summary>National figures and the assessment's national context.</summary>
    public static IEnumerable<CardElement> National(IndicatorFacts facts, List<Observation> shown, bool lead)
    {
        var figures = facts.National?.Figures ?? [];
        if (figures.Count > 0)
        {
            yield return CardParts.Heading("National figures");
            shown.AddRange(figures);
            yield return CardParts.Facts(figures.Select(f => (
                $"{Figures.AreaName(f.Area)}, {f.Period.Label}" + (f.Breakdown.Length > 0 ? $" ({f.Breakdown})" : string.Empty),
                Figures.WithUnit(f, facts.Indicator.Unit))));
        }

        foreach (var element in Narratives("context", "National context", PeerSentences.Without(facts.National?.Narratives ?? []), expanded: lead, facts.SeveralDocuments))
        {
            yield return element;
        }
    }

    /// <summary>Counts loaded after the assessment (the latest quarter and its months), each with its period; nothing derived from them.</summary>
    public static IEnumerable<CardElement> Newer(IndicatorFacts facts, List<Observation> shown)
    {
        if (facts.Newer.Count == 0)
        {
            yield break;
        }

        shown.AddRange(facts.Newer);
        var unit = facts.Indicator.Unit;
        var since = facts.Volume is { } volume ? $" (after {volume.Period.Label})" : string.Empty;
        yield return CardParts.Heading($"Newer figures{since}");
        yield return CardParts.Facts(facts.Newer.Select(o =>
        {
            var before = o.Period.Kind == PeriodKind.FinancialQuarter && facts.NewerQuarterYearBefore is { } then
                ? $" ({Figures.Number(then.Value)} a year before)"
                : string.Empty;
            return (o.Period.Label, $"{Figures.Number(o.Value)} {unit}{before}");
        }));
        foreach (var document in facts.Newer.Select(o => o.Provenance.Document).Distinct(StringComparer.Ordinal))
        {
            yield return CardParts.Subtle($"From {document}.");
        }
    }

    /// <summary>A quarterly table against the previous year, with a grouped bar chart.</summary>
    public static IEnumerable<CardElement> Quarters(IndicatorFacts facts, QuarterTable? table, IndicatorQuestion question, List<Observation> shown)
    {
        if (table is null || table.Quarters.Count == 0)
        {
            yield return CardParts.Text($"The assessment gives no quarterly figures for {facts.Indicator.DisplayName.ToLowerInvariant()}. Quarterly figures are given for violence with and without injury, and street-life ASB in the extended city centre.");
            foreach (var element in Headline(facts, question, shown))
            {
                yield return element;
            }

            yield break;
        }

        var year = FinancialYear(table.FinancialYearStart);
        var previous = FinancialYear(table.FinancialYearStart - 1);
        var quarters = question.Quarter is { } only ? table.Quarters.Where(q => q.Period.Quarter == only).ToList() : table.Quarters.ToList();
        if (question.Quarter is { } missing && quarters.All(q => q.Current is null))
        {
            yield return new TextBlock($"The assessment has no figure for {year} Q{missing} yet.") { Color = TextColor.Warning };
            quarters = [.. table.Quarters];
        }

        if (question.Alone && question.Quarter is not null && quarters is [{ Current: { } alone } askedAlone])
        {
            // The quarter asked alone ("April to June 2017"): its figure, the year before one question away.
            shown.Add(alone);
            yield return CardParts.Heading($"{facts.Indicator.DisplayName}, {Figures.AreaName(table.Area)}: {year} {QuarterName(askedAlone.Period)}");
            yield return CardParts.Facts([(askedAlone.Period.Label, Figures.WithUnit(alone, facts.Indicator.Unit))]);
            yield return CardParts.Subtle("Ask \"and the same quarter last year?\" for the year before.");
            yield break;
        }

        var rows = new List<TableRow> { Row(true, "Quarter", year, previous, "Change") };
        foreach (var quarter in quarters.Concat(table.YearToDate is { } ytd ? [ytd] : []))
        {
            shown.AddRange(new[] { quarter.Current, quarter.PreviousYear }.OfType<Observation>());
            var change = quarter.Current is { } now && quarter.PreviousYear is { } then ? Figures.Signed(now.Value - then.Value) + " (derived)" : "–";
            rows.Add(Row(false, QuarterName(quarter.Period), Value(quarter.Current), Value(quarter.PreviousYear), change));
        }

        yield return CardParts.Heading($"{facts.Indicator.DisplayName}, {Figures.AreaName(table.Area)}: {year} against {previous}");
        yield return new Table([new TableColumnDefinition(2), new TableColumnDefinition(1), new TableColumnDefinition(1), new TableColumnDefinition(2)], rows)
        {
            FirstRowAsHeader = true,
            ShowGridLines = true,
        };
        yield return CardParts.Subtle("Change is worked out by SafetyBot from the two figures; the assessment prints the figures only. Q1 is April to June.");
        yield return Charts.QuarterBars(year, previous, table.Quarters);
    }

    /// <summary>A series over several years: a line chart and the same numbers as facts.</summary>
    public static IEnumerable<CardElement> Series(IndicatorFacts facts, IndicatorQuestion question, List<Observation> shown)
    {
        var series = IndicatorSummaries.RunOf(facts, question.Point);
        var inRange = series.Where(o => (question.FromYear is null || o.Period.StartYear >= question.FromYear)
            && (question.ToYear is null || o.Period.StartYear <= question.ToYear)).ToList();
        if (IndicatorSummaries.PrintedChangeOver(facts, question) is { } printed && question.Point is null)
        {
            // "has it gone up since 2016?": the change the assessment prints on 2016, then any yearly figures of that span.
            yield return CardParts.Text(Markdown.Escape(printed));
            if (inRange.Count < 2)
            {
                foreach (var element in Headline(facts, question, shown))
                {
                    yield return element;
                }

                yield break;
            }
        }

        if (IndicatorSummaries.SeriesGapWords(facts, question) is { } gap)
        {
            // "since 1990": the years asked that the assessment does not cover are said, never left for the run to imply.
            yield return new TextBlock(Markdown.Escape(gap)) { Wrap = true, Color = TextColor.Warning };
        }

        if (inRange.Count < 2)
        {
            yield return CardParts.Text($"The assessment gives no longer series for {facts.Indicator.DisplayName.ToLowerInvariant()}" +
                (question.FromYear is { } from ? $" from {from}" : string.Empty) + ". These are the figures it gives:");
            inRange = [.. series];
        }

        if (inRange.Count == 0)
        {
            foreach (var element in Headline(facts, question, shown))
            {
                yield return element;
            }

            yield break;
        }

        shown.AddRange(inRange);
        var measure = inRange[0].Measure;
        var unit = measure == Measure.Count ? facts.Indicator.Unit : Figures.RateBasis(measure);
        yield return CardParts.Heading($"{Capitalised(unit)}, {inRange[0].Period.Label} to {inRange[^1].Period.Label}");
        yield return CardParts.Facts(inRange.Select(o => (o.Period.Label, Figures.Number(o.Value))));
        yield return Charts.Over(facts.Indicator.DisplayName, inRange);
    }

    /// <summary>Narrative text, its longer parts behind "Show more".</summary>
    /// <summary>The narratives under a heading, folded unless <paramref name="expanded"/>; with the document they are from when <paramref name="sayDocument"/> (the store holds several).</summary>
    public static IEnumerable<CardElement> Narratives(string id, string heading, IReadOnlyList<Narrative> narratives, bool expanded, bool sayDocument)
    {
        if (narratives.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading(heading);
        if (sayDocument)
        {
            yield return CardParts.Subtle("From the " + string.Join("; ", narratives.Select(n => n.Provenance.Document).Distinct(StringComparer.Ordinal)));
        }

        var text = string.Join("\n\n", narratives.Select(n => n.Text));
        foreach (var element in CardParts.Expandable(id, text, expanded))
        {
            yield return element;
        }
    }

    /// <summary>Gaps and caveats the assessment records for this indicator (a missing volume, an unexplained figure).</summary>
    public static IEnumerable<CardElement> Gaps(IndicatorFacts facts)
    {
        foreach (var caveat in facts.Caveats)
        {
            yield return new TextBlock("Note: " + caveat.Text) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small };
        }
    }

    private static CardElement ChangeCue(Indicator indicator, decimal? change, decimal? percent)
    {
        var value = change ?? percent ?? 0;
        var rose = value > 0;
        var better = indicator.BetterDirection switch
        {
            BetterDirection.Lower => value < 0,
            BetterDirection.Higher => value > 0,
            _ => (bool?)null,
        };
        var color = value == 0 || better is null ? TextColor.Default : better.Value ? TextColor.Good : TextColor.Attention;
        var arrow = value == 0 ? "■" : rose ? "▲" : "▼";
        var words = Figures.ChangeWords(change, percent);
        return new RichTextBlock(
        [
            new TextRun($"{arrow} {words}") { Color = color, Weight = TextWeight.Bolder, Size = TextSize.Medium },
            new TextRun(better switch { true => "  (better)", false => "  (worse)", _ => string.Empty }) { Color = color, Size = TextSize.Small },
        ]);
    }

    private static string PreviousPeriod(Period period) => period.Kind switch
    {
        PeriodKind.CalendarYear => (period.StartYear - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "the same period a year before",
    };

    private static string FinancialYear(int start) => $"{start}/{(start + 1) % 100:00}";

    private static string QuarterName(Period period) =>
        period.Kind == PeriodKind.FinancialYearToDate ? $"Year to date (to Q{period.Quarter})" : $"Q{period.Quarter}";

    private static string Value(Observation? observation) => observation is null ? "–" : Figures.Number(observation.Value);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static TableRow Row(bool header, params string[] cells) =>
        new([.. cells.Select(c => new TableCell([new TextBlock(c) { Weight = header ? TextWeight.Bolder : null }]))]);
}
