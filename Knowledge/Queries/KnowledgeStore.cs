using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge;

/// <summary>
/// The LiteDB-backed <see cref="IKnowledgeStore"/>. Seed it first with <see cref="KnowledgeSeeder.EnsureSeeded"/>.
/// The read-only knowledge is read from the file once into an indexed in-memory snapshot and read
/// again after every seed or import through the same <see cref="SafetyDatabase"/>, so a question
/// never waits on the file. Figure history is read from the file.
/// </summary>
public sealed class KnowledgeStore : IKnowledgeStore
{
    private static readonly Area[] NationalAreas = [Area.EnglandAndWales, Area.England, Area.UnitedKingdom, Area.National];

    private readonly SafetyDatabase _database;
    private readonly KnowledgeCollections _collections;
    private readonly Lock _loading = new();
    private KnowledgeSnapshot? _snapshot;

    /// <summary>Creates a store over <paramref name="database"/>.</summary>
    public KnowledgeStore(SafetyDatabase database)
    {
        _database = database;
        _collections = new KnowledgeCollections(database);
    }

    /// <inheritdoc />
    public long Version => _database.KnowledgeVersion;

    /// <inheritdoc />
    public IReadOnlyList<Indicator> Indicators() => Snapshot.Indicators;

    /// <inheritdoc />
    public Indicator? FindIndicator(string idOrName) => FindIndicators(idOrName) is [var only] ? only : null;

    /// <inheritdoc />
    public IReadOnlyList<Indicator> FindIndicators(string idOrName)
    {
        var wanted = TextMatch.Normalise(idOrName);
        if (wanted.Length == 0)
        {
            return [];
        }

        var snapshot = Snapshot;
        return snapshot.IndicatorNamed(wanted) is { } exact ? [exact] : snapshot.IndicatorsWithSynonym(wanted);
    }

    /// <inheritdoc />
    public IReadOnlyList<Observation> Figures(string indicatorId) => [.. PeriodOrder.Newest(CurrentFigures(indicatorId))];

    /// <inheritdoc />
    public Observation? Latest(string indicatorId, Measure measure, Area area = Area.CambridgeCity, string? breakdown = null, PeriodKind? kind = null) =>
        PeriodOrder.Newest(Matching(indicatorId, measure, area, breakdown, kind)).FirstOrDefault();

    /// <inheritdoc />
    public IReadOnlyList<Observation> Series(
        string indicatorId,
        Measure measure,
        Area area = Area.CambridgeCity,
        Period? from = null,
        Period? to = null,
        PeriodKind? kind = null,
        string? breakdown = null)
    {
        var figures = Matching(indicatorId, measure, area, breakdown, kind)
            .Where(o => from is null || (o.Period.Kind != PeriodKind.Unstated && o.Period.SortStart >= from.SortStart))
            .Where(o => to is null || (o.Period.Kind != PeriodKind.Unstated && o.Period.SortEnd <= to.SortEnd));
        return [.. PeriodOrder.Oldest(figures)];
    }

    /// <inheritdoc />
    public PeerComparison? PeerComparison(string indicatorId)
    {
        var indicator = FindById(indicatorId);
        if (indicator is null)
        {
            return null;
        }

        var figures = CurrentFigures(indicator.Id).ToList();
        var rank = PeriodOrder.Newest(figures.Where(o => o.Measure == Measure.Rank && o.Area == Area.CambridgeCity && o.RankOf is not null))
            .FirstOrDefault();
        if (rank is null)
        {
            return null;
        }

        bool SameSlice(Observation o) => o.Period == rank.Period && Same(o.Breakdown, rank.Breakdown) && IsRate(o.Measure);
        var ours = figures.FirstOrDefault(o => o.Area == Area.CambridgeCity && SameSlice(o));
        var average = figures.FirstOrDefault(o => o.Area == Area.MsgAverage && SameSlice(o) && (ours is null || o.Measure == ours.Measure));
        return new PeerComparison(indicator, rank.Breakdown, rank.Period, rank, ours, average);
    }

    /// <inheritdoc />
    public NationalContext? NationalContext(string indicatorId)
    {
        var indicator = FindById(indicatorId);
        return indicator is null
            ? null
            : new NationalContext(
                indicator,
                Narratives(indicator.Id, NarrativeKind.Context),
                [.. PeriodOrder.Newest(CurrentFigures(indicator.Id).Where(o => NationalAreas.Contains(o.Area)))]);
    }

    /// <inheritdoc />
    public IReadOnlyList<Narrative> Narratives(string indicatorId, NarrativeKind? kind = null)
    {
        var snapshot = Snapshot;
        var about = snapshot.NarrativesAbout(indicatorId);
        return kind is null
            ? [.. about.GroupBy(n => n.Kind).SelectMany(g => snapshot.FromNewestDocument([.. g]))]
            : snapshot.FromNewestDocument([.. about.Where(n => n.Kind == kind)]);
    }

    /// <inheritdoc />
    public IReadOnlyList<Narrative> NarrativesOfKind(NarrativeKind kind)
    {
        var snapshot = Snapshot;
        return snapshot.FromNewestDocument(snapshot.NarrativesOfKind(kind));
    }

    /// <inheritdoc />
    public IReadOnlyList<AssessmentDocument> Documents() => Snapshot.Documents;

    /// <inheritdoc />
    public IReadOnlyList<Narrative> NarrativesFrom(string documentTitle, string? indicatorId = null)
    {
        ArgumentNullException.ThrowIfNull(documentTitle);
        var snapshot = Snapshot;
        var pool = indicatorId is null ? snapshot.Narratives : snapshot.NarrativesAbout(indicatorId);
        return [.. pool.Where(n => n.Provenance.Document == documentTitle)];
    }

    /// <inheritdoc />
    public IReadOnlyList<Narrative> Opportunities(string indicatorId) => Narratives(indicatorId, NarrativeKind.Opportunities);

    /// <inheritdoc />
    public IReadOnlyList<Mover> TopMovers(MoveDirection direction, int count, Period? period = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var snapshot = Snapshot;
        var cityFigures = snapshot.CurrentFigures
            .Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length == 0)
            .ToList();
        var changes = cityFigures.Where(o => o.Measure == Measure.PercentChange).ToList();
        period ??= changes.Where(o => o.Period.Kind == PeriodKind.CalendarYear).MaxBy(o => o.Period.SortEnd)?.Period;
        if (period is null)
        {
            return [];
        }

        var movers = changes
            .Where(o => o.Period == period && snapshot.Indicator(o.IndicatorId) is not null)
            .Where(o => direction == MoveDirection.Up ? o.Value > 0 : o.Value < 0)
            .Select(o => new Mover(
                snapshot.Indicator(o.IndicatorId)!,
                o,
                cityFigures.FirstOrDefault(f => f.IndicatorId == o.IndicatorId && f.Period == period && f.Measure == Measure.Change),
                cityFigures.FirstOrDefault(f => f.IndicatorId == o.IndicatorId && f.Period == period && f.Measure == Measure.Count)));
        var ordered = direction == MoveDirection.Up
            ? movers.OrderByDescending(m => m.PercentChange.Value)
            : movers.OrderBy(m => m.PercentChange.Value);
        return [.. ordered.ThenBy(m => m.Indicator.Id, StringComparer.Ordinal).Take(count)];
    }

    /// <inheritdoc />
    public QuarterTable? Quarters(
        string indicatorId,
        int financialYearStart,
        Area area = Area.CambridgeCity,
        Measure measure = Measure.Count,
        string? breakdown = null)
    {
        var indicator = FindById(indicatorId);
        if (indicator is null)
        {
            return null;
        }

        var figures = Matching(indicator.Id, measure, area, breakdown, kind: null).ToList();
        Observation? Find(Period period) => figures.FirstOrDefault(o => o.Period == period);
        QuarterFigures Row(Period current, Period previous) => new(current, Find(current), Find(previous));

        var quarters = Enumerable.Range(1, 4)
            .Select(q => Row(Period.FinancialQuarter(financialYearStart, q), Period.FinancialQuarter(financialYearStart - 1, q)))
            .ToList();
        var yearToDate = Enumerable.Range(1, 4).Reverse()
            .Select(q => Row(Period.FinancialYearToDate(financialYearStart, q), Period.FinancialYearToDate(financialYearStart - 1, q)))
            .FirstOrDefault(row => row.Current is not null);
        var anything = quarters.Any(q => q.Current is not null || q.PreviousYear is not null) || yearToDate is not null;
        return anything ? new QuarterTable(indicator, area, measure, financialYearStart, quarters, yearToDate) : null;
    }

    /// <inheritdoc />
    public QuarterReview QuarterReview(int financialYearStart, int quarter, int movers = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(movers);
        var period = Period.FinancialQuarter(financialYearStart, quarter);
        var yearBefore = Period.FinancialQuarter(financialYearStart - 1, quarter);
        var snapshot = Snapshot;
        var figures = new List<QuarterFigure>();
        var missing = new List<(Indicator, Period)>();
        foreach (var indicator in snapshot.Indicators.OrderBy(i => i.DisplayName, StringComparer.Ordinal))
        {
            var quarters = snapshot.Figures(indicator.Id)
                .Where(o => o.Measure == Measure.Count && o.Breakdown.Length == 0 && o.Period.Kind == PeriodKind.FinancialQuarter)
                .ToList();
            var area = quarters.Any(o => o.Area == Area.CambridgeCity) ? Area.CambridgeCity : quarters.FirstOrDefault()?.Area;
            var inArea = quarters.Where(o => o.Area == area).ToList();
            if (inArea.FirstOrDefault(o => o.Period == period) is { } current)
            {
                figures.Add(new QuarterFigure(indicator, current, inArea.FirstOrDefault(o => o.Period == yearBefore)));
            }
            else if (inArea.Count > 0)
            {
                missing.Add((indicator, PeriodOrder.Newest(inArea).First().Period));
            }
        }

        var compared = figures.Where(f => f.Difference is not null and not 0).ToList();
        decimal Relative(QuarterFigure f) => f.Difference!.Value / Math.Max(f.YearBefore!.Value, 1m);
        return new QuarterReview(
            period,
            figures,
            [.. compared.Where(f => f.Difference > 0).OrderByDescending(Relative).ThenBy(f => f.Indicator.Id, StringComparer.Ordinal).Take(movers)],
            [.. compared.Where(f => f.Difference < 0).OrderBy(Relative).ThenBy(f => f.Indicator.Id, StringComparer.Ordinal).Take(movers)],
            missing);
    }

    /// <inheritdoc />
    public IReadOnlyList<Priority> Priorities(string? year = null)
    {
        var all = Snapshot.Priorities;
        year ??= all.Select(p => p.Year).Max(StringComparer.Ordinal);
        return [.. all.Where(p => p.Year == year).OrderBy(p => p.Number)];
    }

    /// <inheritdoc />
    public PriorityDetail? Priority(int number, string? year = null)
    {
        var priority = Priorities(year).FirstOrDefault(p => p.Number == number);
        if (priority is null)
        {
            return null;
        }

        var programmes = priority.ProgrammeCodes.Select(Programme).OfType<ProgrammeDetail>().ToList();
        var narratives = Snapshot.NarrativesOfPriority(priority.Id);
        return new PriorityDetail(priority, programmes, narratives);
    }

    /// <inheritdoc />
    public ProgrammeDetail? Programme(string code) => Snapshot.ProgrammeDetail(code);

    /// <inheritdoc />
    public IReadOnlyList<ReviewedPriority> ReviewedPriorities() => Snapshot.ReviewedPriorities;

    /// <inheritdoc />
    public GlossaryTerm? Glossary(string term)
    {
        var wanted = TextMatch.Normalise(term);
        if (wanted.Length == 0)
        {
            return null;
        }

        var all = Snapshot.Glossary;
        return all.FirstOrDefault(g => TextMatch.Normalise(g.Term) == wanted || TextMatch.Normalise(g.Id) == wanted)
            ?? all.FirstOrDefault(g => TextMatch.Normalise(g.Expansion) == wanted)
            ?? all.FirstOrDefault(g => g.Synonyms.Any(s => TextMatch.Normalise(s) == wanted));
    }

    /// <inheritdoc />
    public IReadOnlyList<GlossaryTerm> GlossaryTerms() => Snapshot.Glossary;

    /// <inheritdoc />
    public IReadOnlyList<Source> Sources() => Snapshot.Sources;

    /// <inheritdoc />
    public Source? Source(string id) => Snapshot.Source(id);

    /// <inheritdoc />
    public IReadOnlyList<KeyDate> KeyDates() => Snapshot.KeyDates;

    /// <inheritdoc />
    public Period? LatestCityPeriod() => Snapshot.LatestCityPeriod;

    /// <inheritdoc />
    public IReadOnlyList<UncoveredTopic> UncoveredTopics() => Snapshot.UncoveredTopics;

    /// <inheritdoc />
    public IReadOnlyList<UncoveredPlace> UncoveredPlaces() => Snapshot.UncoveredPlaces;

    /// <inheritdoc />
    public IReadOnlyList<ObservationRecord> History(string indicatorId, Area area, Period period, Measure measure, string? breakdown = null)
    {
        var key = ObservationKey.Of(indicatorId, area, period, measure, breakdown);
        return [.. _collections.Observations.Find(r => r.Key == key).OrderByDescending(r => r.IsCurrent).ThenByDescending(r => r.Id)];
    }

    /// <summary>The knowledge in memory (for the passage index, which lives with it).</summary>
    internal KnowledgeSnapshot CurrentSnapshot => Snapshot;

    /// <summary>The knowledge in memory, loaded again when a seed or import has written since.</summary>
    private KnowledgeSnapshot Snapshot
    {
        get
        {
            var snapshot = Volatile.Read(ref _snapshot);
            var version = _database.KnowledgeVersion;
            if (snapshot is not null && snapshot.Version == version)
            {
                return snapshot;
            }

            lock (_loading)
            {
                snapshot = _snapshot;
                version = _database.KnowledgeVersion;
                if (snapshot is null || snapshot.Version != version)
                {
                    snapshot = KnowledgeSnapshot.Load(version, _collections);
                    Volatile.Write(ref _snapshot, snapshot);
                }

                return snapshot;
            }
        }
    }

    private static bool IsRate(Measure measure) => measure is Measure.RatePer1000Population or Measure.RatePer100Dwellings
        or Measure.RatePer1000Households or Measure.RatePer1000BusinessPremises or Measure.Rate;

    private static bool Same(string a, string? b) => string.Equals(a.Trim(), (b ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);

    private Indicator? FindById(string indicatorId) => Snapshot.Indicator(indicatorId);

    private IReadOnlyList<Observation> CurrentFigures(string indicatorId) => Snapshot.Figures(indicatorId);

    private IEnumerable<Observation> Matching(string indicatorId, Measure measure, Area area, string? breakdown, PeriodKind? kind) =>
        CurrentFigures(indicatorId).Where(o => o.Measure == measure && o.Area == area && Same(o.Breakdown, breakdown)
            && (kind is null || o.Period.Kind == kind));
}
