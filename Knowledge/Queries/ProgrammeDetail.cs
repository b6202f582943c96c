namespace SafetyBot.Knowledge;

/// <summary>A programme with its priority, evidence, and the interventions and outcomes it builds on.</summary>
/// <param name="Programme">The programme (with its actions).</param>
/// <param name="Priority">Its priority.</param>
/// <param name="Evidence">Its linked indicators with their figures.</param>
/// <param name="ReviewedPriorities">The previous year's priorities it continues.</param>
public sealed record ProgrammeDetail(
    Programme Programme,
    Priority Priority,
    IReadOnlyList<IndicatorEvidence> Evidence,
    IReadOnlyList<ReviewedPriority> ReviewedPriorities)
{
    /// <summary>Interventions of the reviewed priorities it continues.</summary>
    public IReadOnlyList<Intervention> Interventions => [.. ReviewedPriorities.SelectMany(r => r.Interventions)];

    /// <summary>Outcomes of the reviewed priorities it continues.</summary>
    public IReadOnlyList<Outcome> Outcomes => [.. ReviewedPriorities.SelectMany(r => r.Outcomes)];
}
