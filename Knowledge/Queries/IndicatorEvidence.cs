namespace SafetyBot.Knowledge;

/// <summary>An indicator with its current figures, as evidence for a programme or priority.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Figures">Its current figures, newest period first.</param>
/// <param name="Caveats">Warnings about its data.</param>
public sealed record IndicatorEvidence(Indicator Indicator, IReadOnlyList<Observation> Figures, IReadOnlyList<Narrative> Caveats);
