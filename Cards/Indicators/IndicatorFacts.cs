using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Indicators;

/// <summary>The figures of one indicator that a card shows, read once from the store.</summary>
internal sealed record IndicatorFacts(
    Indicator Indicator,
    Observation? Volume,
    Observation? Change,
    Observation? PercentChange,
    IReadOnlyList<Observation> Volumes,
    IReadOnlyList<Observation> Rates,
    PeerComparison? Peers,
    NationalContext? National,
    IReadOnlyList<Narrative> Trend,
    IReadOnlyList<Narrative> Opportunities,
    IReadOnlyList<Narrative> Caveats,
    ProgrammeDetail? RelatedProgramme)
{
    /// <summary>
    /// Counts newer than the headline volume (loaded after the assessment, e.g. from police.uk): the latest
    /// financial quarter and the single months of its last three months, oldest first. Empty when none.
    /// </summary>
    public IReadOnlyList<Observation> Newer { get; init; } = [];

    /// <summary>True when the store holds the prose of more than one assessment: narratives then say which they are from.</summary>
    public bool SeveralDocuments { get; init; }

    /// <summary>
    /// Cambridge City's figures for whole financial years (IDVA referrals in 2016/17, the engagement rate in 2014/15):
    /// counts, shares and rates, oldest first. Empty when the assessment gives none.
    /// </summary>
    public IReadOnlyList<Observation> FinancialYears { get; init; } = [];

    /// <summary>
    /// Cambridge City's figures whose period the assessment does not state (the VAWG Needs Assessment's rate of 15.6 per 1,000),
    /// of any measure. Empty when it gives none.
    /// </summary>
    public IReadOnlyList<Observation> Unstated { get; init; } = [];

    /// <summary>
    /// Cambridge City's figures of one part or kind the assessment names (a breakdown), such as its own approximation of the
    /// residents who may be domestic abuse victims ("around 3,000 residents") from the crime survey's national rates. Empty when
    /// it gives none.
    /// </summary>
    public IReadOnlyList<Observation> Parts { get; init; } = [];

    /// <summary>
    /// When this indicator has no rate of its own: the rates the assessment prints for other indicators of the same category
    /// (the VAWG Needs Assessment's 15.6 per 1,000 and the county's 14.4 beside domestic abuse incidents), Cambridge City's
    /// first. Empty otherwise.
    /// </summary>
    public IReadOnlyList<RelatedRate> RelatedRates { get; init; } = [];

    /// <summary>
    /// The figures of one part or kind the assessment gives for another area (the crime survey's 7.5% of females and 4.3% of
    /// males aged 16-59 in England and Wales who were victims of domestic abuse). Empty when it gives none.
    /// </summary>
    public IReadOnlyList<Observation> PartsElsewhere { get; init; } = [];

    /// <summary>The same quarter a year before the newest quarter in <see cref="Newer"/>, when the store has it.</summary>
    public Observation? NewerQuarterYearBefore { get; init; }

    public static IndicatorFacts Read(IKnowledgeStore store, string indicatorId)
    {
        var indicator = store.FindIndicator(indicatorId) ?? throw new ArgumentException($"No indicator '{indicatorId}'.", nameof(indicatorId));
        var id = indicator.Id;
        var volume = LatestAnnual(store, id, Measure.Count);
        var change = LatestAnnual(store, id, Measure.Change);
        var percent = LatestAnnual(store, id, Measure.PercentChange);
        var changePeriod = volume?.Period ?? change?.Period;
        if (change is not null && volume is not null && change.Period.Key != volume.Period.Key)
        {
            change = null;
        }

        var volumes = store.Series(id, Measure.Count).Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length == 0
            && o.Period.Kind is PeriodKind.CalendarYear or PeriodKind.FinancialYear).ToList();
        var rates = RateMeasures
            .SelectMany(measure => store.Series(id, measure))
            .Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length == 0 && o.Period.Kind is PeriodKind.CalendarYear or PeriodKind.FinancialYear)
            .OrderBy(o => o.Period.StartYear)
            .ToList();
        var related = store.ProgrammesEvidencedBy(id).FirstOrDefault();

        return new IndicatorFacts(
            indicator,
            volume,
            change,
            percent is not null && (changePeriod is null || percent.Period.Key == changePeriod.Key) ? percent : null,
            volumes,
            rates,
            store.PeerComparison(id),
            store.NationalContext(id),
            store.Narratives(id, NarrativeKind.Trend),
            store.Opportunities(id),
            store.Narratives(id, NarrativeKind.Caveat),
            related)
        {
            Newer = NewerCounts(store, id, volume, out var yearBefore),
            NewerQuarterYearBefore = yearBefore,
            FinancialYears = [.. AnnualMeasures
                .SelectMany(measure => store.Series(id, measure))
                .Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length == 0 && o.Period.Kind == PeriodKind.FinancialYear)
                .OrderBy(o => o.Period.StartYear)],
            SeveralDocuments = store.Documents().Count > 1,
            Unstated = [.. store.Figures(id).Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length == 0 && o.Period.Kind == PeriodKind.Unstated)],
            Parts = [.. store.Figures(id).Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length > 0)],
            PartsElsewhere = [.. store.Figures(id).Where(o => o.Area != Area.CambridgeCity && o.Breakdown.Length > 0)],
            RelatedRates = rates.Count == 0 ? RatesOfTheSameCategory(store, indicator) : [],
        };
    }

    private static IReadOnlyList<RelatedRate> RatesOfTheSameCategory(IKnowledgeStore store, Indicator indicator) =>
    [
        .. store.Indicators()
            .Where(other => other.Id != indicator.Id && string.Equals(other.Category, indicator.Category, StringComparison.Ordinal))
            .Select(other => new RelatedRate(other, [
                .. store.Figures(other.Id)
                    .Where(o => RateMeasures.Contains(o.Measure) && o.Breakdown.Length == 0 && !o.IsDerived)
                    .OrderBy(o => o.Area != Area.CambridgeCity)
                    .ThenBy(o => o.Period.StartYear),
            ]))
            .Where(related => related.Rates.Count > 0),
    ];

    private static int End(Period period) => (period.EndYear * 12) + period.EndMonth;

    private static IReadOnlyList<Observation> NewerCounts(IKnowledgeStore store, string id, Observation? volume, out Observation? yearBefore)
    {
        var counts = store.Series(id, Measure.Count).Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length == 0).ToList();
        var after = volume is null ? 0 : End(volume.Period);
        var quarter = counts.Where(o => o.Period.Kind == PeriodKind.FinancialQuarter && End(o.Period) > after).MaxBy(o => End(o.Period));
        var months = counts
            .Where(o => o.Period.Kind == PeriodKind.Custom && o.Period.StartYear == o.Period.EndYear && o.Period.StartMonth == o.Period.EndMonth && End(o.Period) > after)
            .OrderBy(o => End(o.Period))
            .ToList();
        var last = months.Count > 0 ? End(months[^1].Period) : 0;
        var recent = months.Where(o => End(o.Period) > last - 3);
        yearBefore = quarter is null
            ? null
            : counts.FirstOrDefault(o => o.Period == Period.FinancialQuarter(quarter.Period.FinancialYearStart!.Value - 1, quarter.Period.Quarter!.Value));
        return [.. recent.Concat(quarter is null ? [] : [quarter]).OrderBy(o => End(o.Period)).ThenBy(o => o.Period.Kind)];
    }

    /// <summary>Annual periods, preferred in this order: a quarter's count is never "the latest volume".</summary>
    private static readonly PeriodKind[] AnnualKinds = [PeriodKind.CalendarYear, PeriodKind.Rolling12Months, PeriodKind.YearEnding, PeriodKind.FinancialYear];

    private static Observation? LatestAnnual(IKnowledgeStore store, string id, Measure measure) =>
        AnnualKinds.Select(kind => store.Latest(id, measure, kind: kind)).FirstOrDefault(o => o is not null);

    /// <summary>The measures a whole year's figure is given in: a count, a share, a rate.</summary>
    private static readonly Measure[] AnnualMeasures =
    [
        Measure.Count, Measure.Proportion, Measure.RatePer1000Population, Measure.RatePer100Dwellings, Measure.RatePer1000Households,
        Measure.RatePer1000BusinessPremises, Measure.Rate,
    ];

    /// <summary>The measures that are rates (per 1,000 population, per 100 dwellings...).</summary>
    internal static readonly Measure[] RateMeasures =
    [
        Measure.RatePer1000Population, Measure.RatePer100Dwellings, Measure.RatePer1000Households,
        Measure.RatePer1000BusinessPremises, Measure.Rate,
    ];
}
