using System.Globalization;
using SafetyBot.Cards.Formatting;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Indicators;

/// <summary>
/// The one-sentence answers that go with indicator cards. Each names the topic, the figure and
/// the period, so a member never has to guess what was understood.
/// </summary>
internal static class IndicatorSummaries
{
    /// <summary>
    /// What the assessment prints for <paramref name="year"/> when it gives no count for it ("the rate, 40.85 per 1,000 population";
    /// "the change, up 264 (30%) on the previous year"), or null when it prints nothing for that year.
    /// </summary>
    /// <summary>
    /// True when the indicator has no yearly count and its only figures (the crime survey's, for the year to March 2017) are for a
    /// period ending in <paramref name="year"/>: "how many female victims of domestic abuse in 2017" is answered by them, each
    /// with its period, never with "no figure for 2017".
    /// </summary>
    public static bool OnlyFiguresEndIn(IndicatorFacts facts, int year) =>
        facts.Volume is null && facts.Volumes.Count == 0 && facts.Rates.Count == 0 && facts.Change is null && facts.PercentChange is null
        && facts.Parts.Concat(facts.PartsElsewhere).Any(o => o.Period.Kind != PeriodKind.CalendarYear && o.Period.EndYear == year);

    public static string? PrintedWithoutACount(IndicatorFacts facts, int year)
    {
        var parts = new List<string>();
        if (facts.Rates.FirstOrDefault(r => r.Period.Kind == PeriodKind.CalendarYear && r.Period.StartYear == year) is { } rate)
        {
            parts.Add($"the rate, {Figures.Number(rate.Value)} {Figures.RateBasis(rate.Measure)}");
        }

        var changeOfYear = new[] { facts.Change, facts.PercentChange }.Any(c => c is { Period.Kind: PeriodKind.CalendarYear } && c.Period.StartYear == year);
        if (changeOfYear)
        {
            parts.Add($"the change, {Figures.ChangeWords(facts.Change?.Value, facts.PercentChange?.Value)} on the previous year");
        }

        return parts.Count == 0 ? null : string.Join(", and ", parts);
    }

    /// <summary>
    /// Two years asked side by side ("how many DV crimes in 2014 compared to 2013", "2013 vs 2014"): both years' printed counts
    /// ("Domestic violence offences: 506 crimes in 2013 and 689 crimes in 2014."), never a difference the assessment does not
    /// print; null when two years are not asked or either has no printed count.
    /// </summary>
    public static string? TwoYearsWords(IndicatorFacts facts, IndicatorQuestion question)
    {
        if (question.Year is not null || question.FromYear is not { } from || question.ToYear is not { } to || from >= to)
        {
            return null;
        }

        Observation? Of(int year) => facts.Volumes.FirstOrDefault(v => v.Period.Kind == PeriodKind.CalendarYear && v.Period.StartYear == year);
        if (Of(from) is not { } first || Of(to) is not { } last)
        {
            return null;
        }

        // The change the assessment prints between the two years, when they are its change's year and the year before.
        var printed = to == from + 1 && new[] { facts.Change, facts.PercentChange }.Any(c => c is { Period.Kind: PeriodKind.CalendarYear } && c.Period.StartYear == to)
            ? $", {Figures.ChangeWords(facts.Change?.Value, facts.PercentChange?.Value)} on the previous year"
            : string.Empty;
        var unit = facts.Indicator.Unit;
        return $"{facts.Indicator.DisplayName}: {Figures.Number(first.Value)} {unit} in {first.Period.Label} and {Figures.Number(last.Value)} {unit} in {last.Period.Label}{printed}, as the assessment prints them.";
    }

    public static string Headline(IndicatorFacts facts, IndicatorQuestion question)
    {
        var name = facts.Indicator.DisplayName;
        if (TwoYearsWords(facts, question) is { } two)
        {
            return two;
        }

        var asked = question.Year is { } year ? facts.Volumes.FirstOrDefault(v => v.Period.Kind == PeriodKind.CalendarYear && v.Period.StartYear == year) : null;
        if (question.Year is { } missing && asked is null && !OnlyFiguresEndIn(facts, missing))
        {
            if (PrintedWithoutACount(facts, missing) is { } printed)
            {
                var latestCount = facts.Volume is { } c ? $" Its latest count is {c.Period.Label}: {Figures.Number(c.Value)} {facts.Indicator.Unit}." : string.Empty;
                return $"{name}: the assessment gives no count for {missing}; for {missing} it gives {printed}.{latestCount}";
            }

            var latest = facts.Volume is { } v ? $" Its latest is {v.Period.Label}: {Figures.Number(v.Value)} {facts.Indicator.Unit}." : string.Empty;
            return $"{name}: the assessment has no figure for {missing}.{latest}";
        }

        var newer = question.Year is null ? NewerWords(facts) : string.Empty;
        var volume = asked ?? facts.Volume;
        var sameYear = asked is null || facts.Volume is null || asked.Period.Key == facts.Volume.Period.Key;
        var change = sameYear && (facts.Change is not null || facts.PercentChange is not null)
            ? $", {Figures.ChangeWords(facts.Change?.Value, facts.PercentChange?.Value)} on the previous year"
            : string.Empty;
        if (volume is not null)
        {
            return $"{name}, {volume.Period.Label}: {Figures.Number(volume.Value)} {facts.Indicator.Unit}{change}.{newer}";
        }

        if (newer.Length > 0)
        {
            return $"{name}:{newer}";
        }

        if (facts.Change is not null || facts.PercentChange is not null)
        {
            var period = (facts.Change ?? facts.PercentChange)!.Period.Label;
            return $"{name}, {period}: {Figures.ChangeWords(facts.Change?.Value, facts.PercentChange?.Value)} on the previous year; the assessment gives no volume.";
        }

        if (OnlyFigures(facts) is { } only)
        {
            return $"{name}: {only}.";
        }

        return $"{name}: the assessment gives no headline volume.";
    }

    /// <summary>
    /// The figures of a topic the assessment gives only as shares or rates of whole financial years, or of a period it does not
    /// state ("2014/15: 80%; 2016/17: 73%", "15.6 per 1,000 population (the period is not stated)"), or null when it gives none.
    /// </summary>
    public static string? OnlyFigures(IndicatorFacts facts)
    {
        var parts = facts.FinancialYears.Where(o => o.Measure != Measure.Count).Select(o => $"{o.Period.Label}: {Figures.WithUnit(o, facts.Indicator.Unit)}")
            .Concat(facts.Unstated.Select(o => $"{Figures.WithUnit(o, facts.Indicator.Unit)} (the period is not stated)"))
            // One area and period named once for its parts: "England and Wales, year ending March 2017: 7.5% females aged 16-59, 4.3% males aged 16-59".
            .Concat(facts.PartsElsewhere
                .GroupBy(o => (o.Area, Period: o.Period.StartYear > 0 ? o.Period.Label : "period not stated"))
                .Select(g => $"{Figures.AreaName(g.Key.Area)}, {g.Key.Period}: {string.Join(", ", g.Select(o => $"{PartFigure(o, facts.Indicator.Unit)} {o.Breakdown}"))}"))
            .Concat(facts.Parts.Select(o => $"Cambridge City, {(o.Period.StartYear > 0 ? o.Period.Label : "period not stated")}: {PartFigure(o, facts.Indicator.Unit)} {o.Breakdown}"))
            .ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    /// <summary>A part's figure: a count as a number ("3,000" residents), any other measure with its unit.</summary>
    private static string PartFigure(Observation part, string unit) =>
        part.Measure == Measure.Count ? Figures.Number(part.Value) : Figures.WithUnit(part, unit);

    /// <summary>" Newer: 2018/19 Q1 (April to June 2018), 19 crimes (police.uk street-level crime, ...)." or empty.</summary>
    private static string NewerWords(IndicatorFacts facts)
    {
        if (facts.Newer.Count == 0)
        {
            return string.Empty;
        }

        var latest = facts.Newer.FirstOrDefault(o => o.Period.Kind == PeriodKind.FinancialQuarter) ?? facts.Newer[^1];
        var before = latest.Period.Kind == PeriodKind.FinancialQuarter && facts.NewerQuarterYearBefore is { } then
            ? $", against {Figures.Number(then.Value)} a year before"
            : string.Empty;
        var months = facts.Newer.Where(o => o.Period.Kind == PeriodKind.Custom).Select(o => $"{Figures.Number(o.Value)} in {o.Period.Label}").ToList();
        var monthly = months.Count > 1 ? $" ({string.Join(", ", months)})" : string.Empty;
        return $" Newer: {latest.Period.Label}, {Figures.Number(latest.Value)} {facts.Indicator.Unit}{before}{monthly} ({latest.Provenance.Document}).";
    }

    public static string Rate(IndicatorFacts facts, IndicatorQuestion question)
    {
        var name = facts.Indicator.DisplayName;
        var unstated = facts.Unstated.Where(o => IndicatorFacts.RateMeasures.Contains(o.Measure)).ToList();
        if (facts.Rates.Count == 0 && unstated.Count > 0)
        {
            // The VAWG Needs Assessment's rate has no year: it is the rate, with its period said to be unstated.
            return $"{name}: {string.Join("; ", unstated.Select(o => $"{Figures.WithUnit(o, facts.Indicator.Unit)} (the period is not stated)"))}.";
        }

        if (facts.Rates.Count == 0 && PeerRateWords(facts) is { } peerRate)
        {
            // The only rate printed is the similar-areas comparison's (iQuanta, per 1,000 households...): that is the rate.
            return $"{name} rate{peerRate}";
        }

        if (facts.Rates.Count == 0)
        {
            return $"{name}: the assessment gives no rate.{RelatedRatesWords(facts)}";
        }

        if (question.Year is { } year)
        {
            // A year asked is answered for that year, or said to be missing: never the latest year's rate in its place.
            return facts.Rates.FirstOrDefault(r => r.Period.StartYear == year) is { } asked
                ? $"{name} rate, {asked.Period.Label}: {Figures.Number(asked.Value)} {Figures.RateBasis(asked.Measure)}."
                : $"{name}: the assessment has no rate for {year}; it has {string.Join(", ", facts.Rates.Select(r => r.Period.Label).Distinct())}.";
        }

        var latest = facts.Rates[^1];
        var earlier = facts.Rates.Where(r => r.Measure == latest.Measure && r != latest).Select(r => $"{Figures.Number(r.Value)} in {r.Period.Label}").ToList();
        var before = earlier.Count > 0 ? $" ({string.Join(", ", earlier)})" : string.Empty;

        // A rate asked on the basis of the similar-areas comparison ("per 1,000 households", iQuanta) is that comparison's: both
        // rates are said, each with its own basis and period, so "the burglary rate per 1,000 households" finds its figure.
        var otherBasis = PeerRateWords(facts) is { } peer && question.RateBasis is { } basis && facts.Peers!.OurRate!.Measure == basis && basis != latest.Measure
            ? $" Its rate{peer}"
            : string.Empty;
        // "the ASB rate per 1,000 households": a basis the assessment gives no rate on for the topic is said to be missing before the
        // rates it does give, never one of those silently in its place.
        var missing = question.RateBasis is { } wanted && !facts.Rates.Any(r => r.Measure == wanted) && facts.Peers?.OurRate?.Measure != wanted
            ? $"{name}: the assessment gives no rate {Figures.RateBasis(wanted)}. "
            : string.Empty;
        return $"{missing}{name} rate, {latest.Period.Label}: {Figures.Number(latest.Value)} {Figures.RateBasis(latest.Measure)}{before}.{otherBasis}";
    }

    /// <summary>
    /// " against similar areas, 12 months to November 2017: 3.73 per 1,000 households, the group average 3.45."
    /// or null when the similar-areas comparison prints no rate of Cambridge City's.
    /// </summary>
    private static string? PeerRateWords(IndicatorFacts facts)
    {
        if (facts.Peers is not { OurRate: { } ours } peers || peers.Breakdown.Length > 0)
        {
            return null;
        }

        var average = peers.MsgAverage is { } msg ? $", the group average {Figures.Number(msg.Value)}" : string.Empty;
        return $" against similar areas, {peers.Period.Label}: {Figures.Number(ours.Value)} {Figures.RateBasis(ours.Measure)}{average}.";
    }

    /// <summary>
    /// " In the same category it gives one rate: VAWG rate (...), 15.6 per 1,000 population in Cambridge City and 14.4 in
    /// Cambridgeshire (the period is not stated)." or empty: the printed rates of a neighbouring indicator, named as its own.
    /// </summary>
    private static string RelatedRatesWords(IndicatorFacts facts)
    {
        if (facts.RelatedRates.Count == 0)
        {
            return string.Empty;
        }

        var parts = facts.RelatedRates.Select(related =>
        {
            var figures = related.Rates.Select(o => $"{Figures.Number(o.Value)} {Figures.RateBasis(o.Measure)} in {Figures.AreaName(o.Area)}"
                + (o.Period.Kind == PeriodKind.Unstated ? string.Empty : $" ({o.Period.Label})"));
            var unstated = related.Rates.All(o => o.Period.Kind == PeriodKind.Unstated) ? " (the period is not stated)" : string.Empty;
            return $"{related.Indicator.DisplayName}, {string.Join(" and ", figures)}{unstated}";
        });
        var count = facts.RelatedRates.Count == 1 ? "one rate" : "these rates";
        return $" In the same category ({facts.Indicator.Category.ToLowerInvariant()}) it gives {count}: {string.Join("; ", parts)}.";
    }

    public static string Compare(IndicatorFacts facts)
    {
        var name = facts.Indicator.DisplayName;
        if (facts.Peers is not { } peers)
        {
            return $"{name}: the assessment gives no comparison with similar areas.";
        }

        // A comparison of one kind of the topic ("racially or religiously aggravated offences" of cohesion) names that kind: it is
        // never the whole topic's.
        if (peers.Breakdown.Length > 0)
        {
            name = $"{name}: {peers.Breakdown}";
        }

        var rank = $"ranked {Figures.Number(peers.Rank.Value)} of {peers.Rank.RankOf ?? 15}";
        if (peers.OurRate is { } ours && peers.MsgAverage is { } average)
        {
            var verdict = ours.Value > average.Value ? "above" : ours.Value < average.Value ? "below" : "level with";
            return $"{name} compared with similar areas, {peers.Period.Label}: {rank}; {Figures.Number(ours.Value)} {Figures.RateBasis(ours.Measure)} against the group average of {Figures.Number(average.Value)} ({verdict} average).";
        }

        return $"{name} compared with similar areas, {peers.Period.Label}: {rank}.";
    }

    public static string National(IndicatorFacts facts, IndicatorQuestion question)
    {
        var name = facts.Indicator.DisplayName;
        if (NationalYearMissing(facts, question) is { } missing)
        {
            return $"{name}: the assessment has no national figure for {missing}; its national figures end {LatestNational(facts)}.";
        }

        if (question.Year is { } between && facts.National is { Figures.Count: > 0 } quoted && quoted.Figures.All(f => f.Period.Kind != PeriodKind.Unstated)
            && quoted.Figures.All(f => f.Period.EndYear != between))
        {
            var periods = string.Join("; ", quoted.Figures.Select(f => f.Period.Label).Distinct());
            return $"{name}: the assessment has no national figure for {between}; its national figures are for {periods}.";
        }

        // A year asked ("knife offences nationally, year ending September 2016") leads with that year's own national figure.
        var ofYear = question.Year is { } year
            ? facts.National?.Figures.Where(f => f.Period.Kind != PeriodKind.Unstated && f.Period.EndYear == year)
                .OrderBy(f => f.Measure == Measure.Count ? 0 : 1).FirstOrDefault()
            : null;
        if (ofYear is not null)
        {
            var scope = ofYear.Breakdown.Length > 0 ? $" ({ofYear.Breakdown})" : string.Empty;
            return $"{name} nationally{scope}, {Figures.AreaName(ofYear.Area)}, {ofYear.Period.Label}: {Figures.WithUnit(ofYear, facts.Indicator.Unit)}.";
        }

        var figure = facts.National?.Figures.FirstOrDefault(f => f.Measure == Measure.PercentChange);
        if (figure is not null)
        {
            var scope = figure.Breakdown.Length > 0 ? $" ({figure.Breakdown})" : string.Empty;
            return $"{name} nationally{scope}: {Figures.ChangeWords(null, figure.Value)} in {Figures.AreaName(figure.Area)}, {figure.Period.Label}.";
        }

        return facts.National is { Narratives.Count: > 0, Figures.Count: 0 }
            ? NationalInWordsOnly(facts)
            : facts.National is { Narratives.Count: > 0 }
            ? $"{name}: the national picture from the {YearOf(facts.National.Narratives)} assessment."
            : $"{name}: the assessment gives no national picture.";
    }

    /// <summary>
    /// "modern slavery offences nationally": a national picture given only in words says first that it gives no national figure, so
    /// its words are never read as one.
    /// </summary>
    public static string NationalInWordsOnly(IndicatorFacts facts) =>
        $"{facts.Indicator.DisplayName}: the assessment gives no national figure; its national picture in words, from the {YearOf(facts.National!.Narratives)} assessment.";

    /// <summary>
    /// The year asked of the national picture when it is later than every national figure the assessment quotes for the topic
    /// ("knife crime nationally in 2018": its national figures end in the year to September 2017); null otherwise.
    /// </summary>
    public static int? NationalYearMissing(IndicatorFacts facts, IndicatorQuestion question) =>
        question.Year is { } year && facts.National is { Figures.Count: > 0 } national && national.Figures.All(f => f.Period.Kind != PeriodKind.Unstated && f.Period.EndYear < year)
            ? year
            : null;

    /// <summary>The period of the latest national figure, as labelled ("the year to September 2017").</summary>
    public static string LatestNational(IndicatorFacts facts) =>
        facts.National?.Figures.OrderByDescending(f => f.Period.EndYear).ThenByDescending(f => f.Period.EndMonth).Select(f => f.Period.Label).FirstOrDefault() ?? string.Empty;

    public static string Opportunities(IndicatorFacts facts) => facts.Opportunities.Count > 0
        ? $"What the partnership could do about {facts.Indicator.DisplayName.ToLowerInvariant()}, from the {YearOf(facts.Opportunities)} assessment."
        : NoOpportunities(facts);

    /// <summary>"what's the recommendation on shoplifting" when its opportunities cell is empty: said plainly, never left unsaid.</summary>
    public static string NoOpportunities(IndicatorFacts facts) =>
        $"The assessment gives no opportunities or recommendation for the partnership on {facts.Indicator.DisplayName.ToLowerInvariant()}.";

    /// <summary>"2018/19": the year of the document the narratives come from (the latest that has them).</summary>
    private static string YearOf(IReadOnlyList<Narrative> narratives) =>
        AssessmentDocument.Of(narratives[0].Provenance.Document).Year is { Length: > 0 } year ? year : "latest";

    public static string Quarters(IndicatorFacts facts, QuarterTable? table, IndicatorQuestion question)
    {
        // A table of a part of the city (ASB in the extended city centre) says so in its first words, never as the city's figure.
        var name = table is not null && table.Area != Area.CambridgeCity
            ? $"{facts.Indicator.DisplayName} in the {Figures.AreaName(table.Area).ToLowerInvariant()}"
            : facts.Indicator.DisplayName;
        if (table is null || table.Quarters.Count == 0)
        {
            var year = question.FinancialYearStart is { } start ? string.Create(CultureInfo.InvariantCulture, $" for {start}/{(start + 1) % 100:00}") : string.Empty;
            return $"{name}: the assessment gives no quarterly figures{year}.";
        }

        if (question.Point is { Kind: SeriesPointKind.Highest or SeriesPointKind.Lowest } point && QuarterExtremeWords(facts, table, point) is { } extreme)
        {
            return extreme;
        }

        var asked = question.Quarter is { } quarter && !question.YearToDate ? table.Quarters.FirstOrDefault(q => q.Period.Quarter == quarter) : null;
        if (asked is { Current: null })
        {
            var held = string.Join(", ", table.Quarters.Where(q => q.Current is not null).Select(q => "Q" + q.Period.Quarter));
            return $"{name}: the assessment has no figure for {asked.Period.Label}" + (held.Length > 0 ? $"; it has {held}." : ".");
        }

        var given = table.Quarters.Where(q => q.Current is not null).ToList();
        if (question.YearToDate && table.YearToDate?.Current is null && given.Count > 0)
        {
            // "year to date total?" of a table whose total row is blank: said, with the quarters it gives; never added up here.
            var quarters = string.Join(", ", given.Select(q => $"Q{q.Period.Quarter} {Figures.Number(q.Current!.Value)}"));
            var year = string.Create(CultureInfo.InvariantCulture, $"{table.FinancialYearStart}/{(table.FinancialYearStart + 1) % 100:00}");
            return $"{name}: the assessment gives no year-to-date total for {year} (its total row is blank), and SafetyBot does not add the quarters up. "
                + $"The quarters it gives: {quarters} {facts.Indicator.Unit}.";
        }

        // A part of the city's table with no figure for the year ("ASB in the city centre in 2017"): the quarters it gives, and
        // the total said to be blank; never one quarter as if it were the year.
        if (asked is null && !question.YearToDate && table.Area != Area.CambridgeCity && table.YearToDate?.Current is null && given.Count > 1)
        {
            var quarters = string.Join(", ", given.Select(q => $"Q{q.Period.Quarter} {Figures.Number(q.Current!.Value)}"));
            var year = string.Create(CultureInfo.InvariantCulture, $"{table.FinancialYearStart}/{(table.FinancialYearStart + 1) % 100:00}");
            return $"{name}, {year} by quarter: {quarters} {facts.Indicator.Unit}. The assessment gives no total for the year (the rest of its table is blank).";
        }

        var latest = asked ?? table.YearToDate ?? table.Quarters.LastOrDefault(q => q.Current is not null) ?? table.Quarters[^1];
        var previous = latest.PreviousYear is { } p && !(question.Alone && asked is not null) ? $" ({Figures.Number(p.Value)} a year before)" : string.Empty;
        return latest.Current is { } current
            ? $"{name}, {latest.Period.Label}: {Figures.Number(current.Value)} {facts.Indicator.Unit}{previous}."
            : $"{name}: quarterly figures for {latest.Period.Label}.";
    }

    /// <summary>
    /// The quarter with the highest or lowest figure of a table ("Anti-social behaviour, Extended city centre: highest in 2017/18 Q1
    /// (...), 404 incidents, of the quarters the assessment gives (Q1, Q2 and Q3)"): the quarters only, never the year to date and
    /// never a quarter with no figure; null when fewer than two quarters have figures.
    /// </summary>
    public static string? QuarterExtremeWords(IndicatorFacts facts, QuarterTable table, SeriesPoint point)
    {
        var given = table.Quarters.Where(q => q.Current is not null).ToList();
        if (given.Count < 2)
        {
            return null;
        }

        var highest = point.Kind == SeriesPointKind.Highest;
        var extreme = highest ? given.Max(q => q.Current!.Value) : given.Min(q => q.Current!.Value);
        var at = given.Where(q => q.Current!.Value == extreme).ToList();
        var labels = given.Select(q => "Q" + q.Period.Quarter).ToList();
        var of = string.Join(", ", labels.Take(labels.Count - 1)) + " and " + labels[^1];
        var area = table.Area == Area.CambridgeCity ? string.Empty : $", {Figures.AreaName(table.Area)}";
        var figure = Figures.WithUnit(at[0].Current!, facts.Indicator.Unit);
        return $"{facts.Indicator.DisplayName}{area}: {(highest ? "highest" : "lowest")} in {string.Join(" and ", at.Select(q => q.Period.Label))}, {figure}, of the quarters the assessment gives ({of}).";
    }

    public static string Series(IndicatorFacts facts, IndicatorQuestion question)
    {
        var name = facts.Indicator.DisplayName;
        if (question.Point is { National: true })
        {
            // The national run is asked: Cambridge's own years are not its answer.
            return SeriesPointWords(facts, question)!;
        }

        var series = RunOf(facts, question.Point)
            .Where(o => (question.FromYear is null || o.Period.StartYear >= question.FromYear) && (question.ToYear is null || o.Period.StartYear <= question.ToYear))
            .ToList();
        var printed = question.Point is null ? PrintedChangeOver(facts, question) : null;
        var gap = SeriesGapWords(facts, question) is { } words ? " " + words : string.Empty;
        if (series.Count < 2)
        {
            return (printed ?? $"{name}: the assessment gives no longer series" + (question.FromYear is { } from ? $" from {from}." : ".")) + gap;
        }

        var unit = series[0].Measure == Measure.Count ? facts.Indicator.Unit : Figures.RateBasis(series[0].Measure);
        var range = $"{name}, {series[0].Period.Label} to {series[^1].Period.Label}: from {Figures.Number(series[0].Value)} to {Figures.Number(series[^1].Value)} {unit}.";
        return (SeriesPointWords(facts, question) is { } point ? $"{point} {range}"
            : printed is not null ? $"{printed} {range}"
            : range) + gap;
    }

    /// <summary>
    /// The years asked of a run that the assessment does not cover, said ("domestic abuse since 1990": "The assessment has no
    /// figures for domestic abuse incidents before 2012."; "... up to 2020": "... after 2017."), never left for the member to
    /// notice from where the run starts; null when the run asked lies within the years it gives (or it gives no run).
    /// </summary>
    public static string? SeriesGapWords(IndicatorFacts facts, IndicatorQuestion question)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(question);
        if (question.Point is { National: true })
        {
            return null;
        }

        // Every yearly figure of the topic, counts and rates: the years it covers at all, not only those of the run shown.
        var years = facts.Volumes.Concat(facts.Rates).Where(o => o.Period.StartYear > 0).OrderBy(o => o.Period.StartYear).ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var name = facts.Indicator.DisplayName.ToLowerInvariant();
        var first = years[0].Period.StartYear;
        var missing = question.FromYear is { } from && from < first
            ? from == first - 1 ? Year(from) : $"{Year(from)} to {Year(first - 1)}"
            : null;
        var before = missing is null ? null : $"The assessment has no figures for {name} before {years[0].Period.Label}, so none for {missing}.";
        var after = question.ToYear is { } to && to > years[^1].Period.StartYear
            ? $"The assessment has no figures for {name} after {years[^1].Period.Label}."
            : null;
        return before is null && after is null ? null : string.Join(" ", new[] { before, after }.OfType<string>());
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The printed change on the previous year when a run of years asked is that one step ("has it gone up since 2016?", "how did ASB
    /// change between 2016 and 2017?"): "Anti-social behaviour (ASB), 2017: 4,601 incidents, down 166 (3%) on 2016."; null when the
    /// run asked is longer or other, or the assessment prints no such change.
    /// </summary>
    public static string? PrintedChangeOver(IndicatorFacts facts, IndicatorQuestion question)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(question);
        if ((facts.Change ?? facts.PercentChange) is not { } change || question.FromYear is not { } from
            || change.Period.Kind != PeriodKind.CalendarYear || change.Period.StartYear != from + 1
            || (question.ToYear is { } to && to != change.Period.StartYear))
        {
            return null;
        }

        var volume = facts.Volume is { } v && v.Period.Key == change.Period.Key ? $"{Figures.Number(v.Value)} {facts.Indicator.Unit}, " : string.Empty;
        return $"{facts.Indicator.DisplayName}, {change.Period.Label}: {volume}{Figures.ChangeWords(facts.Change?.Value, facts.PercentChange?.Value)} on {from.ToString(CultureInfo.InvariantCulture)}.";
    }

    /// <summary>
    /// The year a question asks for in the run of years, read from its printed yearly figures ("Domestic violence offences: first
    /// over 1,000 in 2016 (1,010 crimes)."), or null when none is asked or the run has fewer than two years. The level is the
    /// member's own number; every figure named is one the assessment prints.
    /// </summary>
    public static string? SeriesPointWords(IndicatorFacts facts, IndicatorQuestion question)
    {
        if (question.Point is not { } point)
        {
            return null;
        }

        if (point.National)
        {
            return NationalPointWords(facts, point);
        }

        var series = RunOf(facts, point).OrderBy(o => o.Period.StartYear).ToList();
        if (series.Count < 2)
        {
            return !point.Rate ? null
                : facts.Rates.Count > 0
                ? $"{facts.Indicator.DisplayName}: the assessment gives a rate for {facts.Rates[0].Period.Label} only ({Figures.Number(facts.Rates[0].Value)} {Figures.RateBasis(facts.Rates[0].Measure)}), no run of yearly rates to read this from."
                : $"{facts.Indicator.DisplayName}: the assessment gives no rate for this topic, so it cannot read this from its rates.";
        }

        var unit = series[0].Measure == Measure.Count ? facts.Indicator.Unit : Figures.RateBasis(series[0].Measure);
        return PointWords(facts.Indicator.DisplayName, series, unit, point, (before, after) => after.Period.StartYear - before.Period.StartYear == 1);
    }

    /// <summary>
    /// The run of yearly figures a question of a run of years reads: the rates when a rate is asked ("first over 8 per 1000"),
    /// else the counts when there are two or more, else the rates.
    /// </summary>
    public static IReadOnlyList<Observation> RunOf(IndicatorFacts facts, SeriesPoint? point)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return point is { Rate: true } ? facts.Rates : facts.Volumes.Count >= 2 ? facts.Volumes : facts.Rates;
    }

    /// <summary>
    /// The national counts the assessment quotes for a topic, oldest first (knife or sharp instrument offences in England and Wales:
    /// the year to March 2014, the year ending September 2016, the year ending September 2017): the longest run of one area and
    /// breakdown with a stated period; empty when it quotes fewer than two.
    /// </summary>
    public static IReadOnlyList<Observation> NationalCounts(IndicatorFacts facts) =>
        (facts.National?.Figures ?? [])
            .Where(f => f.Measure == Measure.Count && f.Period.Kind != PeriodKind.Unstated)
            .GroupBy(f => (f.Area, f.Breakdown))
            .Select(g => g.GroupBy(f => f.Period.Key).Select(p => p.First()).OrderBy(f => f.Period.EndYear).ThenBy(f => f.Period.EndMonth).ToList())
            .Where(run => run.Count >= 2)
            .OrderByDescending(run => run.Count)
            .FirstOrDefault() ?? [];

    /// <summary>The year asked of the national run, read from the national counts only; what the assessment has when it has no run.</summary>
    private static string NationalPointWords(IndicatorFacts facts, SeriesPoint point)
    {
        var name = facts.Indicator.DisplayName;
        var run = NationalCounts(facts);
        if (run.Count < 2)
        {
            return $"{name} nationally: the assessment gives no run of national yearly counts to read this from (it gives {(facts.National is { Figures.Count: > 0 } ? "only the national figures below" : "no national figures")}); it does not answer it with Cambridge's own figures.";
        }

        var first = run[0];
        var scope = $"{name} nationally ({Figures.AreaName(first.Area)}{(first.Breakdown.Length > 0 ? ", " + first.Breakdown : string.Empty)})";
        static int Months(Observation o) => (o.Period.EndYear * 12) + o.Period.EndMonth;
        return PointWords(scope, run, facts.Indicator.Unit, point, (before, after) => Months(after) - Months(before) == 12);
    }

    /// <summary>
    /// The answer read from one run of printed figures: the highest or lowest, or the first over or below the member's level. A period
    /// is named as the first over (or below) only when the period just before it is given too; across a gap the figures either side
    /// are shown and the crossing is said to fall between them.
    /// </summary>
    private static string PointWords(string name, IReadOnlyList<Observation> series, string unit, SeriesPoint point, Func<Observation, Observation, bool> follows)
    {
        string Figure(Observation o) => $"{Figures.Number(o.Value)} {unit}";
        var years = YearsGiven(series, follows);
        switch (point.Kind)
        {
            case SeriesPointKind.Highest or SeriesPointKind.Lowest:
                var extreme = point.Kind == SeriesPointKind.Highest ? series.Max(o => o.Value) : series.Min(o => o.Value);
                var at = series.Where(o => o.Value == extreme).Select(o => o.Period.Label);
                var word = point.Kind == SeriesPointKind.Highest ? "highest" : "lowest";
                return $"{name}: {word} in {string.Join(" and ", at)} ({Figures.Number(extreme)} {unit}), of the years the assessment gives ({years}).";
            case SeriesPointKind.BiggestRise or SeriesPointKind.BiggestFall:
                return MoveWords(name, series, unit, point.Kind == SeriesPointKind.BiggestRise, follows);
            default:
                var level = point.Level ?? 0;
                var above = point.Kind == SeriesPointKind.Above;
                var direction = above ? "over" : "below";
                var went = above ? "went over" : "fell below";
                var index = series.ToList().FindIndex(o => above ? o.Value > level : o.Value < level);
                if (index < 0)
                {
                    return $"{name}: not {direction} {Figures.Number(level)} in any year the assessment gives ({years}).";
                }

                var crossed = series[index];
                if (index == 0)
                {
                    return $"{name}: already {direction} {Figures.Number(level)} in {crossed.Period.Label} ({Figure(crossed)}), the first year the assessment gives.";
                }

                var before = series[index - 1];
                return follows(before, crossed)
                    ? $"{name}: first {direction} {Figures.Number(level)} in {crossed.Period.Label} ({Figure(crossed)})."
                    : $"{name}: the assessment gives {Figure(before)} in {before.Period.Label} and {Figure(crossed)} in {crossed.Period.Label}, with no figures for the years between, so it cannot say when it first {went} {Figures.Number(level)}.";
        }
    }

    /// <summary>
    /// The two consecutive printed years between which a run rose (or fell) most, each with its printed figure: the difference is
    /// not printed by the assessment, so it is not shown; only pairs of years next to each other are compared, never across a gap.
    /// </summary>
    private static string MoveWords(string name, IReadOnlyList<Observation> series, string unit, bool rise, Func<Observation, Observation, bool> follows)
    {
        var word = rise ? "rise" : "fall";
        var pairs = series.Zip(series.Skip(1)).Where(p => follows(p.First, p.Second)).ToList();
        if (pairs.Count == 0)
        {
            return $"{name}: the assessment gives no two years next to each other ({YearsGiven(series, follows)}), so it cannot say when the biggest {word} came.";
        }

        var moving = pairs.Where(p => rise ? p.Second.Value > p.First.Value : p.Second.Value < p.First.Value).ToList();
        if (moving.Count == 0)
        {
            return $"{name}: no {word} between any two years next to each other that the assessment gives ({YearsGiven(series, follows)}).";
        }

        var most = moving.OrderByDescending(p => Math.Abs(p.Second.Value - p.First.Value)).First();
        var gapNote = pairs.Count < series.Count - 1 ? "; years with a gap between them are not compared" : string.Empty;
        return $"{name}: the biggest {word} between two years next to each other that the assessment gives was from {most.First.Period.Label} to {most.Second.Period.Label}, "
            + $"{Figures.Number(most.First.Value)} {unit} in {most.First.Period.Label} and {Figures.Number(most.Second.Value)} {unit} in {most.Second.Period.Label} (years given: {YearsGiven(series, follows)}{gapNote}).";
    }

    /// <summary>"2012 to 2017" for an unbroken run of years; "2012, 2016 and 2017" when years are missing between them.</summary>
    private static string YearsGiven(IReadOnlyList<Observation> series, Func<Observation, Observation, bool> follows)
    {
        var unbroken = series.Zip(series.Skip(1)).All(pair => follows(pair.First, pair.Second) || pair.First.Period.Key == pair.Second.Period.Key);
        if (unbroken)
        {
            return $"{series[0].Period.Label} to {series[^1].Period.Label}";
        }

        var labels = series.Select(o => o.Period.Label).Distinct().ToList();
        return string.Join(", ", labels.Take(labels.Count - 1)) + " and " + labels[^1];
    }
}
