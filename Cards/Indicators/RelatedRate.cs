using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Indicators;

/// <summary>The rates the assessment prints for another indicator of the same category, with that indicator.</summary>
internal sealed record RelatedRate(Indicator Indicator, IReadOnlyList<Observation> Rates);
