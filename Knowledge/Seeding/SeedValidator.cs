namespace SafetyBot.Knowledge;

/// <summary>Checks the seed's internal references, so that a transcription slip fails loudly.</summary>
internal static class SeedValidator
{
    internal static void Validate(SeedData seed)
    {
        var errors = new List<string>();
        var indicators = Unique(seed.Indicators.Select(i => i.Id), "indicator", errors);
        var sources = Unique(seed.Sources.Select(s => s.Id), "source", errors);
        var priorities = Unique(seed.Priorities.Select(p => p.Id).Concat(seed.ReviewedPriorities.Select(p => p.Id)), "priority", errors);
        Unique(seed.Observations.Select(o => o.Key), "figure", errors);
        Unique(seed.Narratives.Select(n => n.Id), "narrative", errors);
        Unique(seed.Glossary.Select(g => g.Id), "glossary term", errors);
        Unique(seed.KeyDates.Select(d => d.Id), "key date", errors);
        Unique(seed.UncoveredTopics.Select(t => t.Id), "uncovered topic", errors);
        foreach (var topic in seed.UncoveredTopics.Where(t => t.Phrases.Count == 0 || t.Phrases.Any(string.IsNullOrWhiteSpace)))
        {
            errors.Add($"Uncovered topic '{topic.Id}' needs at least one phrase, and no blank one.");
        }

        Unique(seed.UncoveredPlaces.Select(p => p.Id), "uncovered place", errors);
        foreach (var place in seed.UncoveredPlaces.Where(p => string.IsNullOrWhiteSpace(p.Name) || p.Phrases.Count == 0 || p.Phrases.Any(string.IsNullOrWhiteSpace)))
        {
            errors.Add($"Uncovered place '{place.Id}' needs a name and at least one phrase, and no blank one.");
        }

        Unique(seed.Programmes.SelectMany(p => p.Actions).Select(a => a.Id), "action", errors);

        void Known(IEnumerable<string?> ids, HashSet<string> known, string what, string where)
        {
            foreach (var id in ids.OfType<string>().Where(id => !known.Contains(id)))
            {
                errors.Add($"{where} refers to unknown {what} '{id}'.");
            }
        }

        foreach (var observation in seed.Observations)
        {
            Known([observation.IndicatorId], indicators, "indicator", $"Figure {observation.Key}");
            Known([observation.Provenance.SourceId], sources, "source", $"Figure {observation.Key}");
        }

        foreach (var narrative in seed.Narratives)
        {
            Known(narrative.IndicatorIds, indicators, "indicator", $"Narrative {narrative.Id}");
            Known([narrative.PriorityRef], priorities, "priority", $"Narrative {narrative.Id}");
            Known([narrative.Provenance.SourceId], sources, "source", $"Narrative {narrative.Id}");
        }

        foreach (var programme in seed.Programmes)
        {
            Known(programme.EvidenceIndicatorIds, indicators, "indicator", $"Programme {programme.Id}");
            Known([programme.PriorityId, .. programme.ReviewedPriorityIds], priorities, "priority", $"Programme {programme.Id}");
        }

        foreach (var review in seed.ReviewedPriorities)
        {
            Known(review.EvidenceIndicatorIds, indicators, "indicator", $"Reviewed priority {review.Id}");
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException("The embedded knowledge seed is inconsistent:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }
    }

    private static HashSet<string> Unique(IEnumerable<string> ids, string what, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids.Where(id => !seen.Add(id)))
        {
            errors.Add($"Duplicate {what} '{id}'.");
        }

        return seen;
    }
}
