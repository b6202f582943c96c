using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge;

/// <summary>The LiteDB-backed <see cref="IKnowledgeStore"/>. Seed it first with <see cref="KnowledgeSeeder.EnsureSeeded"/>.</summary>
public sealed class KnowledgeStore : IKnowledgeStore
{
    private static readonly Area[] NationalAreas = [Area.EnglandAndWales, Area.England, Area.UnitedKingdom, Area.National];

    private readonly KnowledgeCollections _collections;

    /// <summary>Creates a store over <paramref name="database"/>.</summary>
    public KnowledgeStore(SafetyDatabase database)
    {
        _collections = new KnowledgeCollections(database);
    }

    /// <inheritdoc />
    public IReadOnlyList<Indicator> Indicators() =>
        [.. _collections.Indicators.FindAll().OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.DisplayName, StringComparer.Ordinal)];

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

        var all = _collections.Indicators.FindAll().OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        var exact = all.FirstOrDefault(i => TextMatch.Normalise(i.Id) == wanted)
            ?? all.FirstOrDefault(i => TextMatch.Normalise(i.DisplayName) == wanted);
        return exact is not null ? [exact] : [.. all.Where(i => i.Synonyms.Any(s => TextMatch.Normalise(s) == wanted))];
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
        var id = indicatorId.Trim();
        return [.. _collections.Narratives.FindAll()
            .Where(n => n.IndicatorIds.Contains(id, StringComparer.OrdinalIgnoreCase))
            .Where(n => kind is null || n.Kind == kind)
            .OrderBy(n => n.Kind)];
    }

    /// <inheritdoc />
    public IReadOnlyList<Narrative> NarrativesOfKind(NarrativeKind kind) =>
        [.. _collections.Narratives.Find(n => n.Kind == kind)];

    /// <inheritdoc />
    public IReadOnlyList<Narrative> Opportunities(string indicatorId) => Narratives(indicatorId, NarrativeKind.Opportunities);

    /// <inheritdoc />
    public IReadOnlyList<Mover> TopMovers(MoveDirection direction, int count, Period? period = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var cityFigures = _collections.CurrentRecords()
            .Select(r => r.Observation)
            .Where(o => o.Area == Area.CambridgeCity && o.Breakdown.Length == 0)
            .ToList();
        var changes = cityFigures.Where(o => o.Measure == Measure.PercentChange).ToList();
        period ??= changes.Where(o => o.Period.Kind == PeriodKind.CalendarYear).MaxBy(o => o.Period.SortEnd)?.Period;
        if (period is null)
        {
            return [];
        }

        var indicators = _collections.Indicators.FindAll().ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        var movers = changes
            .Where(o => o.Period == period && indicators.ContainsKey(o.IndicatorId))
            .Where(o => direction == MoveDirection.Up ? o.Value > 0 : o.Value < 0)
            .Select(o => new Mover(
                indicators[o.IndicatorId],
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
    public IReadOnlyList<Priority> Priorities(string? year = null)
    {
        var all = _collections.Priorities.FindAll().ToList();
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
        var narratives = _collections.Narratives.Find(n => n.PriorityRef == priority.Id).ToList();
        return new PriorityDetail(priority, programmes, narratives);
    }

    /// <inheritdoc />
    public ProgrammeDetail? Programme(string code)
    {
        var programme = _collections.Programmes.FindById(code.Trim());
        var priority = programme is null ? null : _collections.Priorities.FindById(programme.PriorityId);
        if (programme is null || priority is null)
        {
            return null;
        }

        var evidence = programme.EvidenceIndicatorIds
            .Select(FindById)
            .OfType<Indicator>()
            .Select(i => new IndicatorEvidence(i, Figures(i.Id), Narratives(i.Id, NarrativeKind.Caveat)))
            .ToList();
        var reviews = programme.ReviewedPriorityIds
            .Select(id => _collections.ReviewedPriorities.FindById(id))
            .OfType<ReviewedPriority>()
            .ToList();
        return new ProgrammeDetail(programme, priority, evidence, reviews);
    }

    /// <inheritdoc />
    public IReadOnlyList<ReviewedPriority> ReviewedPriorities() =>
        [.. _collections.ReviewedPriorities.FindAll().OrderBy(r => r.Year, StringComparer.Ordinal).ThenBy(r => r.Number)];

    /// <inheritdoc />
    public GlossaryTerm? Glossary(string term)
    {
        var wanted = TextMatch.Normalise(term);
        if (wanted.Length == 0)
        {
            return null;
        }

        var all = _collections.Glossary.FindAll().ToList();
        return all.FirstOrDefault(g => TextMatch.Normalise(g.Term) == wanted || TextMatch.Normalise(g.Id) == wanted)
            ?? all.FirstOrDefault(g => TextMatch.Normalise(g.Expansion) == wanted)
            ?? all.FirstOrDefault(g => g.Synonyms.Any(s => TextMatch.Normalise(s) == wanted));
    }

    /// <inheritdoc />
    public IReadOnlyList<GlossaryTerm> GlossaryTerms() =>
        [.. _collections.Glossary.FindAll().OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase)];

    /// <inheritdoc />
    public IReadOnlyList<Source> Sources() => [.. _collections.Sources.FindAll()];

    /// <inheritdoc />
    public Source? Source(string id) => _collections.Sources.FindById(id.Trim());

    /// <inheritdoc />
    public IReadOnlyList<KeyDate> KeyDates() =>
        [.. _collections.KeyDates.FindAll().OrderBy(d => d.Year ?? int.MaxValue).ThenBy(d => d.Month ?? 0).ThenBy(d => d.Day ?? 0)];

    /// <inheritdoc />
    public IReadOnlyList<ObservationRecord> History(string indicatorId, Area area, Period period, Measure measure, string? breakdown = null)
    {
        var key = ObservationKey.Of(indicatorId, area, period, measure, breakdown);
        return [.. _collections.Observations.Find(r => r.Key == key).OrderByDescending(r => r.IsCurrent).ThenByDescending(r => r.Id)];
    }

    private static bool IsRate(Measure measure) => measure is Measure.RatePer1000Population or Measure.RatePer100Dwellings
        or Measure.RatePer1000Households or Measure.RatePer1000BusinessPremises or Measure.Rate;

    private static bool Same(string a, string? b) => string.Equals(a.Trim(), (b ?? string.Empty).Trim(), StringComparison.OrdinalIgnoreCase);

    private Indicator? FindById(string indicatorId) => _collections.Indicators.FindById(indicatorId.Trim().ToLowerInvariant());

    private IEnumerable<Observation> CurrentFigures(string indicatorId)
    {
        var id = indicatorId.Trim().ToLowerInvariant();
        return _collections.Observations.Find(r => r.IndicatorId == id && r.IsCurrent).Select(r => r.Observation);
    }

    private IEnumerable<Observation> Matching(string indicatorId, Measure measure, Area area, string? breakdown, PeriodKind? kind) =>
        CurrentFigures(indicatorId).Where(o => o.Measure == measure && o.Area == area && Same(o.Breakdown, breakdown)
            && (kind is null || o.Period.Kind == kind));
}
