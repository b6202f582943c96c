using System.Globalization;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Every passage of the assessment the store holds, with the topics it is filed under: narratives
/// (findings, emerging trends, recommendations, trends, context, opportunities, notes and caveats),
/// priorities and programmes, the interventions and outcomes of the previous year's review, key dates
/// and cited sources. Glossary definitions and indicator descriptions are SafetyBot's own words and
/// have their own cards, so they are not passages.
/// </summary>
internal static class PassageCatalog
{
    /// <summary>The topic key of a recommended priority, e.g. <c>priority:1</c>.</summary>
    internal static string PriorityKey(int number) => "priority:" + number.ToString(CultureInfo.InvariantCulture);

    internal static IReadOnlyList<CatalogEntry> From(KnowledgeSnapshot snapshot)
    {
        var links = new Links(snapshot);
        var entries = new List<CatalogEntry>();
        entries.AddRange(snapshot.Priorities.OrderBy(p => p.Year, StringComparer.Ordinal).ThenBy(p => p.Number).Select(links.Of));
        entries.AddRange(snapshot.Programmes.OrderBy(p => p.Id, StringComparer.Ordinal).Select(links.Of));
        entries.AddRange(snapshot.Narratives.Select(links.Of));
        foreach (var review in snapshot.ReviewedPriorities)
        {
            entries.AddRange(review.Interventions.Select((intervention, index) => links.Of(review, "intervention", index, PassageKind.Intervention, intervention.Title, intervention.Text, "Interventions")));
            entries.AddRange(review.Outcomes.Select((outcome, index) => links.Of(review, "outcome", index, PassageKind.Outcome, outcome.Title, outcome.Text, "Outcomes")));
        }

        entries.AddRange(snapshot.KeyDates.Select(links.Of));
        entries.AddRange(snapshot.Sources.Select(links.Of));
        return entries;
    }

    /// <summary>How the parts of the knowledge refer to each other.</summary>
    private sealed class Links
    {
        private readonly KnowledgeSnapshot _snapshot;
        private readonly string? _latestYear;
        private readonly Dictionary<string, List<string>> _indicatorsBySource = new(StringComparer.OrdinalIgnoreCase);

        internal Links(KnowledgeSnapshot snapshot)
        {
            _snapshot = snapshot;
            _latestYear = snapshot.Priorities.Select(p => p.Year).Max(StringComparer.Ordinal);
            var citations = snapshot.Narratives.SelectMany(n => n.IndicatorIds.Select(id => (n.Provenance.SourceId, Id: id)))
                .Concat(snapshot.CurrentFigures.Select(o => (o.Provenance.SourceId, Id: o.IndicatorId)));
            foreach (var (sourceId, indicatorId) in citations)
            {
                if (sourceId is null)
                {
                    continue;
                }

                if (!_indicatorsBySource.TryGetValue(sourceId, out var ids))
                {
                    _indicatorsBySource[sourceId] = ids = [];
                }

                if (!ids.Contains(indicatorId, StringComparer.OrdinalIgnoreCase))
                {
                    ids.Add(indicatorId);
                }
            }
        }

        internal CatalogEntry Of(Priority priority)
        {
            var passage = Create(
                "priority:" + priority.Id, PassageKind.Priority, $"Priority {priority.Number}: {priority.Title}", priority.Description, verbatim: true,
                priority.Provenance, priority.Provenance.PeriodText ?? priority.Year, [], priority.ProgrammeCodes);
            return Entry(passage, Evidence(priority.ProgrammeCodes));
        }

        internal CatalogEntry Of(Programme programme)
        {
            var year = _snapshot.Priority(programme.PriorityId)?.Year;
            var passage = Create(
                "programme:" + programme.Id, PassageKind.Programme, $"{programme.Id} {programme.Title}", programme.Description, verbatim: true,
                programme.Provenance, programme.Provenance.PeriodText ?? year, [], [programme.Id]);
            return Entry(passage, programme.EvidenceIndicatorIds);
        }

        internal CatalogEntry Of(Narrative narrative)
        {
            var codes = ProgrammesOf(narrative.PriorityRef);
            var passage = Create(
                "narrative:" + narrative.Id, KindOf(narrative.Kind), narrative.Title, narrative.Text, verbatim: narrative.Kind != NarrativeKind.Caveat,
                narrative.Provenance, narrative.Provenance.PeriodText ?? YearOf(narrative.PriorityRef), narrative.IndicatorIds, codes);
            return Entry(passage, [.. Evidence(codes), .. ProgrammesWithEvidence(narrative.IndicatorIds)]);
        }

        internal CatalogEntry Of(ReviewedPriority review, string part, int index, PassageKind kind, string title, string text, string heading)
        {
            var codes = ProgrammesOf(review.Id);
            var provenance = review.Provenance with { Section = $"{review.Provenance.Section} – {heading}" };
            var passage = Create(
                $"{part}:{review.Id}:{index + 1}", kind, title, text, verbatim: true,
                provenance, review.Provenance.PeriodText ?? review.Year, [], codes);
            return Entry(passage, review.EvidenceIndicatorIds);
        }

        internal CatalogEntry Of(KeyDate date)
        {
            var codes = ProgrammesOf(date.PriorityRef);
            var passage = Create(
                "date:" + date.Id, PassageKind.KeyDate, date.DateText, $"{date.DateText}: {date.Description}", verbatim: false,
                date.Provenance, date.DateText, [], codes);
            return Entry(passage, Evidence(codes));
        }

        internal CatalogEntry Of(Source source)
        {
            var publisher = source.Publisher.StartsWith("Not stated", StringComparison.OrdinalIgnoreCase) ? string.Empty : $" ({source.Publisher})";
            var footnotes = source.Footnotes.Count == 0 ? string.Empty
                : $" Footnote {string.Join(", ", source.Footnotes.Select(f => f.ToString(CultureInfo.InvariantCulture)))}.";
            var passage = Create(
                "source:" + source.Id, PassageKind.Source, source.Title, $"{source.Title}{publisher}.{footnotes}", verbatim: false,
                source.Provenance, source.Provenance.PeriodText, _indicatorsBySource.GetValueOrDefault(source.Id) ?? [], []);
            return Entry(passage, ProgrammesWithEvidence(passage.IndicatorIds));
        }

        private static PassageKind KindOf(NarrativeKind kind) => kind switch
        {
            NarrativeKind.Trend => PassageKind.Trend,
            NarrativeKind.Context => PassageKind.Context,
            NarrativeKind.Opportunities => PassageKind.Opportunities,
            NarrativeKind.Finding => PassageKind.Finding,
            NarrativeKind.EmergingTrend => PassageKind.EmergingTrend,
            NarrativeKind.Recommendation => PassageKind.Recommendation,
            NarrativeKind.Caveat => PassageKind.Caveat,
            NarrativeKind.Note => PassageKind.Note,
            _ => PassageKind.Context,
        };

        private static Passage Create(
            string id, PassageKind kind, string? title, string text, bool verbatim, Provenance provenance, string? period,
            IReadOnlyList<string> indicatorIds, IReadOnlyList<string> programmeCodes) => new()
            {
                Id = id,
                Kind = kind,
                Title = title,
                Text = text,
                IsVerbatim = verbatim,
                Sentences = Sentences.Split(text),
                Period = period,
                IndicatorIds = indicatorIds,
                ProgrammeCodes = programmeCodes,
                Provenance = provenance,
            };

        /// <summary>The entry, filed under its indicators, programmes and their priorities, and related to <paramref name="related"/>.</summary>
        private CatalogEntry Entry(Passage passage, IEnumerable<string> related)
        {
            var topics = new HashSet<string>(passage.IndicatorIds, StringComparer.OrdinalIgnoreCase);
            topics.UnionWith(passage.ProgrammeCodes);
            topics.UnionWith(passage.ProgrammeCodes.Select(_snapshot.Programme).OfType<Programme>()
                .Select(p => _snapshot.Priority(p.PriorityId)).OfType<Priority>()
                .Where(p => p.Year == _latestYear)
                .Select(p => PriorityKey(p.Number)));
            var relatedTopics = new HashSet<string>(related, StringComparer.OrdinalIgnoreCase);
            relatedTopics.ExceptWith(topics);
            return new CatalogEntry(passage, topics, relatedTopics);
        }

        /// <summary>
        /// The programmes a priority reference belongs to: a recommended priority's programmes, or the
        /// programmes that continue a reviewed priority.
        /// </summary>
        private IReadOnlyList<string> ProgrammesOf(string? priorityRef)
        {
            if (priorityRef is null)
            {
                return [];
            }

            if (_snapshot.Priority(priorityRef) is { } priority)
            {
                return priority.ProgrammeCodes;
            }

            return [.. _snapshot.Programmes
                .Where(p => p.ReviewedPriorityIds.Contains(priorityRef, StringComparer.OrdinalIgnoreCase))
                .Select(p => p.Id)
                .Order(StringComparer.Ordinal)];
        }

        private string? YearOf(string? priorityRef) =>
            priorityRef is null ? null : _snapshot.Priority(priorityRef)?.Year ?? _snapshot.ReviewedPriority(priorityRef)?.Year;

        private IEnumerable<string> Evidence(IEnumerable<string> programmeCodes) =>
            programmeCodes.Select(_snapshot.Programme).OfType<Programme>().SelectMany(p => p.EvidenceIndicatorIds);

        private IEnumerable<string> ProgrammesWithEvidence(IEnumerable<string> indicatorIds)
        {
            var ids = indicatorIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
            return _snapshot.Programmes.Where(p => p.EvidenceIndicatorIds.Any(ids.Contains)).Select(p => p.Id);
        }
    }
}
