using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Indicators;

/// <summary>
/// The answer card for one indicator: headline figure and change, rates, most similar group,
/// a chart with its numbers also in text, the assessment's trend, national context and
/// opportunities, the source, and follow-up buttons. What was asked leads.
/// </summary>
public sealed class IndicatorCardBuilder(IKnowledgeStore store)
{
    /// <summary>Builds the answer to <paramref name="question"/>.</summary>
    /// <exception cref="ArgumentException">The indicator does not exist.</exception>
    public CardReply Build(IndicatorQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var facts = IndicatorFacts.Read(store, question.IndicatorId);
        if (AsksSinceBeforeThePrintedChange(facts, question))
        {
            question = question with { Focus = IndicatorFocus.Series };
        }

        if (AsksForAFinancialYear(facts, question) is { } financialYear)
        {
            return FinancialYearAnswer(facts, financialYear, question.PeriodCarried);
        }

        if (AsksForTheBaseYear(facts, question) is { } baseYear)
        {
            return BaseYearAnswer(facts, baseYear);
        }

        // A quarter of the extended city centre's table: the card says whose figures it shows, not the city's.
        var place = question.Focus == IndicatorFocus.Quarters ? Quarters(question)?.Area : null;
        var body = new List<CardElement>(IndicatorSections.Header(facts, place));
        var shown = new List<Observation>();
        var summary = question.Focus switch
        {
            IndicatorFocus.Compare => IndicatorSummaries.Compare(facts),
            IndicatorFocus.National => IndicatorSummaries.National(facts, question),
            IndicatorFocus.Opportunities => IndicatorSummaries.Opportunities(facts),
            IndicatorFocus.Rate => IndicatorSummaries.Rate(facts, question),
            IndicatorFocus.Series => IndicatorSummaries.Series(facts, question),
            IndicatorFocus.Quarters => IndicatorSummaries.Quarters(facts, Quarters(question), question),
            _ => IndicatorSummaries.Headline(facts, question),
        };

        var twoYears = question.Focus is IndicatorFocus.Volume or IndicatorFocus.Change ? IndicatorSummaries.TwoYearsWords(facts, question) : null;
        switch (question.Focus)
        {
            case IndicatorFocus.Volume or IndicatorFocus.Change when twoYears is not null:
                // Two years asked side by side: both printed counts and the years between, no difference computed.
                body.Add(new TextBlock(twoYears) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
                body.AddRange(IndicatorSections.Series(facts, question, shown));
                break;
            case IndicatorFocus.Compare:
                body.AddRange(IndicatorSections.Comparison(facts, shown, lead: true));
                body.AddRange(IndicatorSections.Headline(facts, question, shown));
                break;
            case IndicatorFocus.National:
                // Only national figures: Cambridge City's own change is one button away, not a second percentage here.
                // Without a national picture, what the assessment has for Cambridge City is shown instead.
                // A year later than its national figures is said to be missing first: the figures below never answer it.
                if (IndicatorSummaries.NationalYearMissing(facts, question) is { } missing)
                {
                    body.Add(new TextBlock($"The assessment has no national figure for {missing}. Its national figures end {IndicatorSummaries.LatestNational(facts)}.") { Color = TextColor.Warning });
                }

                if (facts.National is { Narratives.Count: > 0, Figures.Count: 0 })
                {
                    body.Add(new TextBlock(IndicatorSummaries.NationalInWordsOnly(facts)) { Color = TextColor.Warning, Wrap = true });
                }

                body.AddRange(IndicatorSections.National(facts, shown, lead: true));
                if (NoNationalPicture(facts))
                {
                    body.AddRange(IndicatorSections.Headline(facts, question, shown));
                }

                break;
            case IndicatorFocus.Opportunities:
                if (facts.Opportunities.Count == 0)
                {
                    body.Add(new TextBlock(IndicatorSummaries.NoOpportunities(facts)) { Color = TextColor.Warning, Wrap = true });
                }

                body.AddRange(IndicatorSections.Narratives("opportunities", "What the partnership could do", facts.Opportunities, expanded: true, facts.SeveralDocuments));
                body.AddRange(IndicatorSections.Headline(facts, question, shown));
                break;
            case IndicatorFocus.Quarters:
                if (question.Point is { } quarterPoint && Quarters(question) is { } quarterTable
                    && IndicatorSummaries.QuarterExtremeWords(facts, quarterTable, quarterPoint) is { } quarterExtreme)
                {
                    body.Add(new TextBlock(quarterExtreme) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
                }

                body.AddRange(IndicatorSections.Quarters(facts, Quarters(question), question, shown));
                break;
            case IndicatorFocus.Series:
                if (IndicatorSummaries.SeriesPointWords(facts, question) is { } point)
                {
                    body.Add(new TextBlock(point) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
                }

                body.AddRange(question.Point is { National: true }
                    ? IndicatorSections.National(facts, shown, lead: false)
                    : IndicatorSections.Series(facts, question, shown));
                break;
            case IndicatorFocus.Rate:
                body.AddRange(IndicatorSections.Rates(facts, shown, lead: true));
                if (facts.Rates.Count == 0 && facts.Unstated.Count == 0 && facts.RelatedRates.Count > 0)
                {
                    // No rate of its own: the neighbouring indicator's printed rate, under its own name, never as this one's.
                    body.Add(new TextBlock(IndicatorSummaries.Rate(facts, question)) { Wrap = true, Color = TextColor.Warning });
                    shown.AddRange(facts.RelatedRates.SelectMany(related => related.Rates));
                }

                body.AddRange(IndicatorSections.Headline(facts, question, shown));
                break;
            default:
                body.AddRange(IndicatorSections.Headline(facts, question, shown));
                body.AddRange(IndicatorSections.Newer(facts, shown));
                body.AddRange(IndicatorSections.Rates(facts, shown, lead: false));
                body.AddRange(IndicatorSections.Comparison(facts, shown, lead: false));
                break;
        }

        var nationalAsked = (question.Focus == IndicatorFocus.National && !NoNationalPicture(facts)) || question.Point is { National: true };
        if (!nationalAsked)
        {
            // The national card shows national figures only: a note on Cambridge City's own figures stays with them.
            body.AddRange(IndicatorSections.Gaps(facts));
        }

        var peerShown = question.Focus is IndicatorFocus.Compare or IndicatorFocus.Change or IndicatorFocus.Volume;
        if (question.Focus != IndicatorFocus.Opportunities && !nationalAsked)
        {
            body.AddRange(IndicatorSections.Narratives("trend", "Trend", peerShown ? facts.Trend : PeerSentences.Without(facts.Trend), expanded: false, facts.SeveralDocuments));
        }

        if (question.Focus != IndicatorFocus.National && question.Point is not { National: true })
        {
            var context = facts.National?.Narratives ?? [];
            body.AddRange(IndicatorSections.Narratives("context", "National context", peerShown ? context : PeerSentences.Without(context), expanded: false, facts.SeveralDocuments));
        }

        if (question.Focus != IndicatorFocus.Opportunities)
        {
            body.AddRange(IndicatorSections.Narratives("opportunities", "Opportunities for the partnership", facts.Opportunities, expanded: false, facts.SeveralDocuments));
        }

        body.Add(CardParts.Source(
            shown.Select(o => o.Provenance).Concat(nationalAsked ? [] : facts.Trend.Select(n => n.Provenance)),
            PeriodsText(shown.Select(o => o.Period))));

        return new CardReply(CardParts.Card(body, FollowUps(facts, question.Focus), summary), summary);
    }

    /// <summary>
    /// "How have DV marker crimes changed since 2012?": a change asked since a year before the base of the printed change (the
    /// year before the latest), of a topic whose yearly figures reach back to that year, is the run of years from it; the
    /// printed change on the previous year answers only "since 2016".
    /// </summary>
    private static bool AsksSinceBeforeThePrintedChange(IndicatorFacts facts, IndicatorQuestion question)
    {
        if (question is not { Focus: IndicatorFocus.Change or IndicatorFocus.Volume, FromYear: { } from, ToYear: null, Year: null })
        {
            return false;
        }

        var series = facts.Volumes.Count >= 2 ? facts.Volumes : facts.Rates;
        var latest = series.Count > 0 ? series.Max(o => o.Period.StartYear) : 0;
        return from < latest - 1 && series.Count(o => o.Period.StartYear >= from) >= 2;
    }

    /// <summary>
    /// The financial year asked of an indicator the assessment gives for whole financial years, not by quarter ("IDVA
    /// referrals in 2016/17", "the engagement rate in 2014/15"); null for any other question.
    /// </summary>
    private int? AsksForAFinancialYear(IndicatorFacts facts, IndicatorQuestion question) =>
        question is { Focus: IndicatorFocus.Quarters, FinancialYearStart: { } start, Quarter: null, YearToDate: false }
        && facts.FinancialYears.Count > 0 && Quarters(question) is not { Quarters.Count: > 0 }
            ? start
            : null;

    /// <summary>
    /// One financial year's figure, alone: the year asked leads, and the other years are one button away (never the
    /// latest year in its place). A year the assessment does not give is said to be missing, with the years it has.
    /// </summary>
    private static CardReply FinancialYearAnswer(IndicatorFacts facts, int start, bool carried)
    {
        var name = facts.Indicator.DisplayName;
        var label = FinancialYearLabel(start);
        var asked = facts.FinancialYears.Where(o => o.Period.FinancialYearStart == start).ToList();
        var body = new List<CardElement>(IndicatorSections.Header(facts));
        string summary;
        if (asked.Count == 0)
        {
            // The years it has are named, not their figures: a year asked is never answered with another year's figure.
            var held = string.Join(" and ", facts.FinancialYears.Select(o => o.Period.Label).Distinct(StringComparer.Ordinal));
            summary = $"{name}: the assessment has no figure for {label}; it gives {held} only.";
            body.Add(new TextBlock($"The assessment has no {name.ToLowerInvariant()} figure for {label}. It gives {held} only.") { Color = TextColor.Warning });
            asked = [.. facts.FinancialYears];
        }
        else
        {
            summary = $"{name}, {label}: {string.Join("; ", asked.Select(o => Figures.WithUnit(o, facts.Indicator.Unit)))}.";
            foreach (var figure in asked)
            {
                body.Add(new TextBlock(Figures.WithUnit(figure, string.Empty).Trim()) { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder });
                body.Add(CardParts.Subtle(figure.Measure == Measure.Count ? $"{facts.Indicator.Unit} in {label}" : $"{name.ToLowerInvariant()} in {label}"));
            }

            // "what about the engagement rate" after the referrals of 2014/15 and then 2016/17: the year was carried from a walk
            // through the years, not named, so the other years the assessment gives stand beside it, as it prints them together.
            var besides = carried ? facts.FinancialYears.Where(o => o.Period.FinancialYearStart != start).ToList() : [];
            if (besides.Count > 0)
            {
                summary += $" The assessment also gives {string.Join("; ", besides.Select(o => $"{o.Period.Label}: {Figures.WithUnit(o, facts.Indicator.Unit)}"))}.";
                body.Add(CardParts.Facts(besides.Select(o => (o.Period.Label, Figures.WithUnit(o, facts.Indicator.Unit)))));
                asked = [.. asked, .. besides];
            }
        }

        body.AddRange(IndicatorSections.Gaps(facts));
        body.Add(CardParts.Source(asked.Select(o => o.Provenance), label));
        var others = FollowUps(facts, IndicatorFocus.Volume).Prepend(CardParts.Ask("How has it changed?", Intent.Change, facts.Indicator.Id));
        return new CardReply(CardParts.Card(body, others, summary), summary);
    }

    /// <summary>
    /// The year before the latest, asked of a topic whose count the assessment prints only for the latest year, with its
    /// change on the year before ("what about 2016?" after 2017's 2,894): null for any other question.
    /// </summary>
    private static int? AsksForTheBaseYear(IndicatorFacts facts, IndicatorQuestion question) =>
        question is { Focus: IndicatorFocus.Change or IndicatorFocus.Volume, Year: { } year, FromYear: null, ToYear: null }
        && !facts.Volumes.Any(v => v.Period.Kind == PeriodKind.CalendarYear && v.Period.StartYear == year)
        && facts.Volume is { Period.Kind: PeriodKind.CalendarYear } latest && latest.Period.StartYear == year + 1
        && (facts.Change ?? facts.PercentChange) is not null
            ? year
            : null;

    /// <summary>
    /// The base year of the printed change: the assessment gives no count for it, only how the next year moved from it.
    /// Said as printed; the base year's count is never worked out from the two.
    /// </summary>
    private static CardReply BaseYearAnswer(IndicatorFacts facts, int year)
    {
        var name = facts.Indicator.DisplayName;
        var change = Figures.ChangeWords(facts.Change?.Value, facts.PercentChange?.Value);
        var summary = $"{name}: the assessment has no figure for {year} of the number of {facts.Indicator.Unit}; it gives the change from {year} to {year + 1}: {change}.";
        var body = new List<CardElement>(IndicatorSections.Header(facts))
        {
            new TextBlock($"The assessment has no figure for {year} of the number of {facts.Indicator.Unit}.") { Color = TextColor.Warning },
            CardParts.Text($"It gives the change from {year} to {year + 1}: {change}."),
        };
        var shown = new[] { facts.Change, facts.PercentChange }.OfType<Observation>().ToList();
        foreach (var note in shown.Select(o => o.Note).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            // The change's own note ("The source gives the per cent change as 'N/A'").
            body.Add(new TextBlock("Note: " + note) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
        }

        var rates = facts.Rates.Where(r => r.Period.Kind == PeriodKind.CalendarYear && r.Period.StartYear == year).ToList();
        if (rates.Count > 0)
        {
            shown.AddRange(rates);
            body.Add(CardParts.Facts(rates.Select(r => ($"Rate, {r.Period.Label}", Figures.WithUnit(r, facts.Indicator.Unit)))));
        }

        // The assessment's words on the trend may say how the year asked itself moved ("shoplifting fell 5% in 2016").
        body.AddRange(IndicatorSections.Narratives("trend", "Trend", facts.Trend, expanded: false, facts.SeveralDocuments));
        body.Add(CardParts.Source(shown.Select(o => o.Provenance), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year} to {year + 1}")));
        var others = FollowUps(facts, IndicatorFocus.Volume).Prepend(CardParts.Ask($"The {year + 1} figure", Intent.Change, facts.Indicator.Id));
        return new CardReply(CardParts.Card(body, others, summary), summary);
    }

    private static string FinancialYearLabel(int start) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}");

    /// <summary>True when the assessment gives no national figure or words for the indicator.</summary>
    private static bool NoNationalPicture(IndicatorFacts facts) =>
        facts.National is not { } national || (national.Narratives.Count == 0 && !national.Figures.Any(f => f.Measure == Measure.PercentChange));

    /// <summary>"2012 to 2017" for a run of years; otherwise the periods' labels.</summary>
    private static string PeriodsText(IEnumerable<Period> periods)
    {
        var distinct = periods.DistinctBy(p => p.Key).ToList();
        var years = distinct.Where(p => p.Kind == PeriodKind.CalendarYear).Select(p => p.StartYear).Order().ToList();
        var others = distinct.Where(p => p.Kind != PeriodKind.CalendarYear).Select(p => p.Label);
        var yearText = years.Count >= 3 ? $"{years[0]} to {years[^1]}" : string.Join("; ", years);
        return string.Join("; ", others.Prepend(yearText).Where(t => t.Length > 0).Take(5));
    }

    /// <summary>
    /// True when the assessment has figures (or, for opportunities, words) that answer
    /// <paramref name="question"/> for the period it names: the card would not say "the assessment
    /// gives no ...". Used to settle a question that fits two topics equally.
    /// </summary>
    /// <exception cref="ArgumentException">The indicator does not exist.</exception>
    public bool HasFigures(IndicatorQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var facts = IndicatorFacts.Read(store, question.IndicatorId);
        bool InRange(Observation o) =>
            (question.Year is not { } year || o.Period.StartYear == year)
            && (question.FromYear is not { } from || o.Period.StartYear >= from)
            && (question.ToYear is not { } to || o.Period.StartYear <= to);
        return question.Focus switch
        {
            IndicatorFocus.Compare => facts.Peers is not null,
            IndicatorFocus.National => facts.National is not null,
            IndicatorFocus.Opportunities => facts.Opportunities.Count > 0,
            IndicatorFocus.Rate => facts.Rates.Any(InRange),
            IndicatorFocus.Quarters when AsksForAFinancialYear(facts, question) is { } start => facts.FinancialYears.Any(o => o.Period.FinancialYearStart == start),
            IndicatorFocus.Quarters => Quarters(question) is { Quarters.Count: > 0 } table
                && (question.Quarter is not { } quarter || table.Quarters.Any(q => q.Period.Quarter == quarter && q.Current is not null)),
            IndicatorFocus.Series when question.Point is { National: true } => true,
            IndicatorFocus.Series => facts.Volumes.Count(InRange) >= 2 || facts.Rates.Count(InRange) >= 2,
            _ => facts.Volumes.Any(InRange) || facts.Rates.Any(InRange)
                || (question.Year is null && question.FromYear is null && (facts.Volume ?? facts.Change ?? facts.PercentChange) is not null),
        };
    }

    private QuarterTable? Quarters(IndicatorQuestion question)
    {
        var year = question.FinancialYearStart ?? LatestQuarterYear(question.IndicatorId);
        return year is { } start ? store.Quarters(question.IndicatorId, start, AreaOfQuarters(question.IndicatorId)) : null;
    }

    private int? LatestQuarterYear(string indicatorId) =>
        store.Figures(indicatorId).Where(o => o.Period.Kind == PeriodKind.FinancialQuarter).Select(o => o.Period.FinancialYearStart).Max();

    private Area AreaOfQuarters(string indicatorId) =>
        store.Figures(indicatorId).FirstOrDefault(o => o.Period.Kind == PeriodKind.FinancialQuarter)?.Area ?? Area.CambridgeCity;

    private static IEnumerable<CardAction> FollowUps(IndicatorFacts facts, IndicatorFocus focus)
    {
        var id = facts.Indicator.Id;
        if (focus != IndicatorFocus.Compare && facts.Peers is not null)
        {
            yield return CardParts.Ask("Compare with similar areas", Intent.Compare, id);
        }

        if (focus != IndicatorFocus.National && facts.National is { Narratives.Count: > 0 })
        {
            yield return CardParts.Ask("National picture", Intent.National, id);
        }

        if (focus != IndicatorFocus.Opportunities && facts.Opportunities.Count > 0)
        {
            yield return CardParts.Ask("What can the partnership do?", Intent.Opportunities, id);
        }

        if (focus == IndicatorFocus.Rate && facts.Rates.Count == 0)
        {
            foreach (var related in facts.RelatedRates)
            {
                // "VAWG rate", not its whole name: a button's title is one short line in Teams.
                var name = related.Indicator.DisplayName;
                var bracket = name.IndexOf(" (", StringComparison.Ordinal);
                yield return CardParts.Ask(bracket > 0 ? name[..bracket] : name, Intent.Rate, related.Indicator.Id);
            }
        }

        if (facts.RelatedProgramme is { } programme)
        {
            yield return CardParts.Ask($"Related priority: {programme.Programme.Id}", Intent.Priority, programme.Programme.Id);
        }
    }
}
