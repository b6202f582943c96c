namespace SafetyBot.Knowledge;

/// <summary>A priority with its programmes and the narratives that belong to it.</summary>
/// <param name="Priority">The priority.</param>
/// <param name="Programmes">Its programmes, with evidence.</param>
/// <param name="Narratives">Narratives that refer to it.</param>
public sealed record PriorityDetail(Priority Priority, IReadOnlyList<ProgrammeDetail> Programmes, IReadOnlyList<Narrative> Narratives);
