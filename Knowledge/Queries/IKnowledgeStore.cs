namespace SafetyBot.Knowledge;

/// <summary>
/// Read access to the knowledge store. Queries are synchronous (the store is a local LiteDB
/// file and answers in microseconds). Every figure and text returned carries its provenance.
/// Indicator ids are matched case-insensitively; an unknown id gives an empty or null answer.
/// </summary>
public interface IKnowledgeStore
{
    /// <summary>
    /// Changes whenever the knowledge changes (a seed or an import), so anything computed from the
    /// answers can be kept until then.
    /// </summary>
    long Version { get; }

    /// <summary>All indicators, by category then name.</summary>
    IReadOnlyList<Indicator> Indicators();

    /// <summary>
    /// Finds the one indicator an id, display name or synonym names (case- and punctuation-insensitive);
    /// null when nothing matches or a synonym is shared by several indicators (see <see cref="FindIndicators"/>).
    /// </summary>
    Indicator? FindIndicator(string idOrName);

    /// <summary>
    /// Every indicator a text names: an id or display name match alone, else all indicators sharing
    /// the synonym (e.g. "domestic abuse" names both the marker crimes and the incidents).
    /// </summary>
    IReadOnlyList<Indicator> FindIndicators(string idOrName);

    /// <summary>All current figures of an indicator, newest period first.</summary>
    IReadOnlyList<Observation> Figures(string indicatorId);

    /// <summary>
    /// The figure with the latest period for the indicator, measure, area and breakdown (empty = whole
    /// indicator); between periods ending together the longest wins (a year over a quarter).
    /// </summary>
    Observation? Latest(string indicatorId, Measure measure, Area area = Area.CambridgeCity, string? breakdown = null, PeriodKind? kind = null);

    /// <summary>Figures over time, oldest first, optionally only of one period kind and within [from, to].</summary>
    IReadOnlyList<Observation> Series(
        string indicatorId,
        Measure measure,
        Area area = Area.CambridgeCity,
        Period? from = null,
        Period? to = null,
        PeriodKind? kind = null,
        string? breakdown = null);

    /// <summary>The latest most-similar-group comparison of Cambridge City, or null when none is given.</summary>
    PeerComparison? PeerComparison(string indicatorId);

    /// <summary>National context narratives and national figures.</summary>
    NationalContext? NationalContext(string indicatorId);

    /// <summary>
    /// Narratives about an indicator, optionally of one kind: for each kind, those of the latest document that has
    /// any (a newer assessment's trend replaces the older one's; <see cref="NarrativesFrom"/> reads an earlier one).
    /// </summary>
    IReadOnlyList<Narrative> Narratives(string indicatorId, NarrativeKind? kind = null);

    /// <summary>Narratives of one kind (those of the latest document that has any) across the store (e.g. key findings, emerging trends, caveats).</summary>
    IReadOnlyList<Narrative> NarrativesOfKind(NarrativeKind kind);

    /// <summary>The assessments whose prose the store holds, oldest first; the last is the latest.</summary>
    IReadOnlyList<AssessmentDocument> Documents();

    /// <summary>The narratives of one document (every kind), optionally only those about an indicator: earlier documents stay readable.</summary>
    IReadOnlyList<Narrative> NarrativesFrom(string documentTitle, string? indicatorId = null);

    /// <summary>The "opportunities for the Partnership" for an indicator.</summary>
    IReadOnlyList<Narrative> Opportunities(string indicatorId);

    /// <summary>
    /// Indicators with the largest per cent change up or down for Cambridge City, only where the source
    /// gives a per cent change. The period defaults to the latest calendar year that has one.
    /// </summary>
    IReadOnlyList<Mover> TopMovers(MoveDirection direction, int count, Period? period = null);

    /// <summary>
    /// Every indicator's whole-indicator count for quarter <paramref name="quarter"/> of the financial year starting in
    /// <paramref name="financialYearStart"/> (in the area its quarterly counts are given for), against the same quarter a
    /// year before; the biggest risers and fallers (at most <paramref name="movers"/> each); and the indicators with
    /// quarterly counts but none for this quarter.
    /// </summary>
    QuarterReview QuarterReview(int financialYearStart, int quarter, int movers = 3);

    /// <summary>Quarters of a financial year with the previous year's and the year to date; null when none.</summary>
    QuarterTable? Quarters(
        string indicatorId,
        int financialYearStart,
        Area area = Area.CambridgeCity,
        Measure measure = Measure.Count,
        string? breakdown = null);

    /// <summary>The recommended priorities of a year (default: the latest year).</summary>
    IReadOnlyList<Priority> Priorities(string? year = null);

    /// <summary>A priority with its programmes and evidence (default year: the latest).</summary>
    PriorityDetail? Priority(int number, string? year = null);

    /// <summary>A programme by code (e.g. "1.1") with its evidence, interventions and outcomes.</summary>
    ProgrammeDetail? Programme(string code);

    /// <summary>The previous year's priorities as reviewed, with interventions and outcomes.</summary>
    IReadOnlyList<ReviewedPriority> ReviewedPriorities();

    /// <summary>Finds a glossary term by term, expansion or synonym (case-insensitive).</summary>
    GlossaryTerm? Glossary(string term);

    /// <summary>All glossary terms, alphabetically.</summary>
    IReadOnlyList<GlossaryTerm> GlossaryTerms();

    /// <summary>All cited sources.</summary>
    IReadOnlyList<Source> Sources();

    /// <summary>A cited source by id.</summary>
    Source? Source(string id);

    /// <summary>Dated events, oldest first (undated-year events last).</summary>
    IReadOnlyList<KeyDate> KeyDates();

    /// <summary>
    /// The period of Cambridge City's latest figure (the one ending last; a stated period only), kept with the knowledge
    /// version; null when the store holds no such figure. Figures asked of a later period are figures it does not hold.
    /// </summary>
    Period? LatestCityPeriod();

    /// <summary>Topics members ask about that the assessment gives no figures for, with their words and what it has nearest.</summary>
    IReadOnlyList<UncoveredTopic> UncoveredTopics();

    /// <summary>Places the assessment never names and gives no figures for (other cities, counties, London boroughs), with their words.</summary>
    IReadOnlyList<UncoveredPlace> UncoveredPlaces();

    /// <summary>Every stored version of one figure, newest first (the current one, then superseded ones).</summary>
    IReadOnlyList<ObservationRecord> History(string indicatorId, Area area, Period period, Measure measure, string? breakdown = null);
}
