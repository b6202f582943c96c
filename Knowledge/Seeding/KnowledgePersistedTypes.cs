namespace SafetyBot.Knowledge;

/// <summary>
/// Every type the knowledge store persists in LiteDB; pass it to
/// <see cref="Storage.SafetyBsonMapper.Create"/> so that the mapper is built up front.
/// </summary>
public static class KnowledgePersistedTypes
{
    /// <summary>The persisted types, nested types included.</summary>
    public static IReadOnlyList<Type> All { get; } =
    [
        typeof(Indicator),
        typeof(ObservationRecord),
        typeof(Observation),
        typeof(Period),
        typeof(Provenance),
        typeof(Narrative),
        typeof(Priority),
        typeof(Programme),
        typeof(ProgrammeAction),
        typeof(ReviewedPriority),
        typeof(Intervention),
        typeof(NamedLead),
        typeof(Outcome),
        typeof(GlossaryTerm),
        typeof(Source),
        typeof(KeyDate),
        typeof(SeedState),
        typeof(Imports.ImportRecord),
        typeof(Imports.ImportTally),
        typeof(Imports.ImportChange),
    ];
}
