namespace SafetyBot.Knowledge;

/// <summary>The national picture for an indicator: context narratives and national figures.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Narratives">The Context narratives.</param>
/// <param name="Figures">Figures for England and Wales, England, the UK or "national".</param>
public sealed record NationalContext(Indicator Indicator, IReadOnlyList<Narrative> Narratives, IReadOnlyList<Observation> Figures);
