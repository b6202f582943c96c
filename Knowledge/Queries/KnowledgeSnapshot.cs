using System.Collections.Concurrent;
using System.Collections.Frozen;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Knowledge;

/// <summary>
/// The read-only knowledge (indicators, current figures, narratives, priorities, programmes, glossary,
/// sources, dates) loaded from the store once and indexed for the questions a turn asks. It is
/// immutable: a write to the knowledge collections makes the store load a new one.
/// Superseded figures are not kept here; <see cref="KnowledgeStore.History"/> reads them from the file.
/// </summary>
internal sealed class KnowledgeSnapshot
{
    private readonly FrozenDictionary<string, Indicator> _indicatorsById;
    private readonly FrozenDictionary<string, Indicator> _indicatorsByNormalisedId;
    private readonly FrozenDictionary<string, Indicator> _indicatorsByNormalisedName;
    private readonly FrozenDictionary<string, Indicator[]> _indicatorsBySynonym;
    private readonly FrozenDictionary<string, Observation[]> _figuresByIndicator;
    private readonly FrozenDictionary<string, Narrative[]> _narrativesByIndicator;
    private readonly FrozenDictionary<NarrativeKind, Narrative[]> _narrativesByKind;
    private readonly FrozenDictionary<string, Narrative[]> _narrativesByPriority;
    private readonly FrozenDictionary<string, Priority> _prioritiesById;
    private readonly FrozenDictionary<string, Programme> _programmesByCode;
    private readonly FrozenDictionary<string, ReviewedPriority> _reviewedById;
    private readonly FrozenDictionary<string, Source> _sourcesById;
    private readonly FrozenDictionary<string, int> _documentRank;
    private readonly ConcurrentDictionary<string, ProgrammeDetail?> _programmeDetails = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<PassageIndex> _passageIndex;

    private KnowledgeSnapshot(long version, KnowledgeCollections collections)
    {
        Version = version;

        var indicators = collections.AllIndicators();
        Indicators = [.. indicators.OrderBy(i => i.Category, StringComparer.Ordinal).ThenBy(i => i.DisplayName, StringComparer.Ordinal)];
        var byId = indicators.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        _indicatorsById = byId.ToFrozenDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        _indicatorsByNormalisedId = FirstByKey(byId, i => TextMatch.Normalise(i.Id));
        _indicatorsByNormalisedName = FirstByKey(byId, i => TextMatch.Normalise(i.DisplayName));
        _indicatorsBySynonym = byId
            .SelectMany(i => i.Synonyms.Select(TextMatch.Normalise).Distinct().Select(s => (Synonym: s, Indicator: i)))
            .GroupBy(p => p.Synonym, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Indicator).ToArray(), StringComparer.Ordinal);

        var current = collections.CurrentRecords().ToList();
        CurrentFigures = [.. current.Select(r => r.Observation)];
        LatestCityPeriod = CurrentFigures
            .Where(o => o.Area == Area.CambridgeCity && o.Period.Kind != PeriodKind.Unstated)
            .Select(o => o.Period)
            .MaxBy(p => (p.EndYear * 12) + p.EndMonth);
        _figuresByIndicator = current
            .GroupBy(r => r.IndicatorId, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Observation).ToArray(), StringComparer.OrdinalIgnoreCase);

        var narratives = collections.AllNarratives();
        Narratives = narratives;
        Documents = [.. narratives.Select(n => n.Provenance.Document).Distinct(StringComparer.Ordinal)
            .Select(AssessmentDocument.Of)
            .OrderBy(d => d.FinancialYearStart ?? int.MinValue)];
        _documentRank = Documents.Select((d, i) => (d.Title, i)).ToFrozenDictionary(p => p.Title, p => p.i, StringComparer.Ordinal);
        _narrativesByIndicator = narratives
            .SelectMany(n => n.IndicatorIds.Distinct(StringComparer.OrdinalIgnoreCase).Select(id => (Id: id, Narrative: n)))
            .GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Narrative).OrderBy(n => n.Kind).ToArray(), StringComparer.OrdinalIgnoreCase);
        _narrativesByKind = narratives.GroupBy(n => n.Kind).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _narrativesByPriority = narratives
            .Where(n => n.PriorityRef is not null)
            .GroupBy(n => n.PriorityRef!, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

        Priorities = [.. collections.Priorities.FindAll()];
        _prioritiesById = Priorities.ToFrozenDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        Programmes = [.. collections.Programmes.FindAll()];
        _programmesByCode = Programmes.ToFrozenDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var reviewed = collections.ReviewedPriorities.FindAll().ToList();
        ReviewedPriorities = [.. reviewed.OrderBy(r => r.Year, StringComparer.Ordinal).ThenBy(r => r.Number)];
        _reviewedById = reviewed.ToFrozenDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
        Glossary = [.. collections.Glossary.FindAll().OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase)];
        var sources = collections.Sources.FindAll().ToList();
        Sources = [.. sources];
        _sourcesById = sources.ToFrozenDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        KeyDates = [.. collections.KeyDates.FindAll().OrderBy(d => d.Year ?? int.MaxValue).ThenBy(d => d.Month ?? 0).ThenBy(d => d.Day ?? 0)];
        UncoveredTopics = [.. collections.UncoveredTopics.FindAll()];
        UncoveredPlaces = [.. collections.UncoveredPlaces.FindAll()];
        _passageIndex = new Lazy<PassageIndex>(() => PassageIndex.Build(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The <see cref="Storage.SafetyDatabase.KnowledgeVersion"/> it was loaded at.</summary>
    internal long Version { get; }

    /// <summary>Indicators by category, then name.</summary>
    internal IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Every current figure, in store order.</summary>
    internal IReadOnlyList<Observation> CurrentFigures { get; }

    /// <summary>The period of Cambridge City's figure that ends last (a stated period only), or null when there is none.</summary>
    internal Period? LatestCityPeriod { get; }

    /// <summary>Every narrative, in store order.</summary>
    internal IReadOnlyList<Narrative> Narratives { get; }

    /// <summary>The documents the narratives come from, oldest first (by the financial year their titles name, then as loaded).</summary>
    internal IReadOnlyList<AssessmentDocument> Documents { get; }

    /// <summary>Every programme, in store order.</summary>
    internal IReadOnlyList<Programme> Programmes { get; }

    /// <summary>
    /// The passage index of this knowledge, built on first use (once, however many searches ask at
    /// once) and immutable: a new knowledge version is a new snapshot with its own index.
    /// </summary>
    internal PassageIndex PassageIndex => _passageIndex.Value;

    /// <summary>Priorities of every year, in store order.</summary>
    internal IReadOnlyList<Priority> Priorities { get; }

    /// <summary>Reviewed priorities by year, then number.</summary>
    internal IReadOnlyList<ReviewedPriority> ReviewedPriorities { get; }

    /// <summary>Glossary terms, alphabetically.</summary>
    internal IReadOnlyList<GlossaryTerm> Glossary { get; }

    /// <summary>Cited sources, in store order.</summary>
    internal IReadOnlyList<Source> Sources { get; }

    /// <summary>Dated events, oldest first.</summary>
    internal IReadOnlyList<KeyDate> KeyDates { get; }

    /// <summary>Topics the assessment gives no figures for, in seed order.</summary>
    internal IReadOnlyList<UncoveredTopic> UncoveredTopics { get; }

    /// <summary>Places the assessment never names and gives no figures for, in seed order.</summary>
    internal IReadOnlyList<UncoveredPlace> UncoveredPlaces { get; }

    /// <summary>
    /// Loads the knowledge collections. <paramref name="version"/> must be read before loading, so a
    /// write that lands while loading makes the next reader load again.
    /// </summary>
    internal static KnowledgeSnapshot Load(long version, KnowledgeCollections collections) => new(version, collections);

    /// <summary>An indicator by id (case-insensitive).</summary>
    internal Indicator? Indicator(string id) => _indicatorsById.GetValueOrDefault(id.Trim());

    /// <summary>The indicator whose normalised id, else display name, is <paramref name="normalised"/>.</summary>
    internal Indicator? IndicatorNamed(string normalised) =>
        _indicatorsByNormalisedId.GetValueOrDefault(normalised) ?? _indicatorsByNormalisedName.GetValueOrDefault(normalised);

    /// <summary>Indicators sharing the normalised synonym, by id.</summary>
    internal IReadOnlyList<Indicator> IndicatorsWithSynonym(string normalised) =>
        _indicatorsBySynonym.GetValueOrDefault(normalised) ?? [];

    /// <summary>Current figures of an indicator, in store order.</summary>
    internal IReadOnlyList<Observation> Figures(string indicatorId) => _figuresByIndicator.GetValueOrDefault(indicatorId.Trim()) ?? [];

    /// <summary>Narratives about an indicator, by kind.</summary>
    internal IReadOnlyList<Narrative> NarrativesAbout(string indicatorId) => _narrativesByIndicator.GetValueOrDefault(indicatorId.Trim()) ?? [];

    /// <summary>
    /// Those of <paramref name="narratives"/> from the newest document among them (all of them when they share one).
    /// Caveats and notes are about the figures of their own document, which stay in the store, so they are all kept.
    /// </summary>
    internal IReadOnlyList<Narrative> FromNewestDocument(IReadOnlyList<Narrative> narratives)
    {
        if (narratives.Count < 2 || narratives.Any(n => n.Kind is NarrativeKind.Caveat or NarrativeKind.Note))
        {
            return narratives;
        }

        var newest = narratives.Max(n => _documentRank.GetValueOrDefault(n.Provenance.Document));
        return narratives.All(n => _documentRank.GetValueOrDefault(n.Provenance.Document) == newest)
            ? narratives
            : [.. narratives.Where(n => _documentRank.GetValueOrDefault(n.Provenance.Document) == newest)];
    }

    /// <summary>Narratives of one kind, in store order.</summary>
    internal IReadOnlyList<Narrative> NarrativesOfKind(NarrativeKind kind) => _narrativesByKind.GetValueOrDefault(kind) ?? [];

    /// <summary>Narratives that refer to a priority id.</summary>
    internal IReadOnlyList<Narrative> NarrativesOfPriority(string priorityId) => _narrativesByPriority.GetValueOrDefault(priorityId) ?? [];

    /// <summary>A priority by id.</summary>
    internal Priority? Priority(string id) => _prioritiesById.GetValueOrDefault(id);

    /// <summary>A reviewed priority by id.</summary>
    internal ReviewedPriority? ReviewedPriority(string id) => _reviewedById.GetValueOrDefault(id);

    /// <summary>A source by id.</summary>
    internal Source? Source(string id) => _sourcesById.GetValueOrDefault(id.Trim());

    /// <summary>A programme by code.</summary>
    internal Programme? Programme(string code) => _programmesByCode.GetValueOrDefault(code.Trim());

    /// <summary>A programme with its priority, evidence and reviews; built once per snapshot (details are immutable).</summary>
    internal ProgrammeDetail? ProgrammeDetail(string code)
    {
        var programme = Programme(code);
        return programme is null ? null : _programmeDetails.GetOrAdd(programme.Id, _ => Detail(programme));
    }

    private ProgrammeDetail? Detail(Programme programme)
    {
        var priority = Priority(programme.PriorityId);
        if (priority is null)
        {
            return null;
        }

        var evidence = programme.EvidenceIndicatorIds
            .Select(Indicator)
            .OfType<Indicator>()
            .Select(i => new IndicatorEvidence(
                i,
                [.. PeriodOrder.Newest(Figures(i.Id))],
                [.. NarrativesAbout(i.Id).Where(n => n.Kind == NarrativeKind.Caveat)]))
            .ToList();
        var reviews = programme.ReviewedPriorityIds.Select(ReviewedPriority).OfType<ReviewedPriority>().ToList();
        return new ProgrammeDetail(programme, priority, evidence, reviews);
    }

    private static FrozenDictionary<string, Indicator> FirstByKey(IEnumerable<Indicator> indicators, Func<Indicator, string> key)
    {
        var first = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            first.TryAdd(key(indicator), indicator);
        }

        return first.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
