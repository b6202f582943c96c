namespace SafetyBot.Knowledge;

/// <summary>The programmes of the recommended priorities, read once here for every card that weighs a topic against them.</summary>
public static class RecommendedProgrammes
{
    /// <summary>Every programme of the recommended priorities, in priority order then the priority's own order.</summary>
    public static IReadOnlyList<ProgrammeDetail> Programmes(this IKnowledgeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return [.. store.Priorities().OrderBy(p => p.Number).SelectMany(p => p.ProgrammeCodes.Select(store.Programme).OfType<ProgrammeDetail>())];
    }

    /// <summary>The programmes whose evidence includes the indicator <paramref name="indicatorId"/>'s figures.</summary>
    public static IReadOnlyList<ProgrammeDetail> ProgrammesEvidencedBy(this IKnowledgeStore store, string indicatorId) =>
        [.. store.Programmes().Where(d => d.Programme.EvidenceIndicatorIds.Contains(indicatorId, StringComparer.Ordinal))];
}
