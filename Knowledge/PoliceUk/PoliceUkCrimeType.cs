namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>A police.uk crime category and the indicator its counts belong to (docs/police-uk-mapping.md).</summary>
/// <param name="Name">The category exactly as police.uk publishes it, e.g. "Bicycle theft".</param>
/// <param name="IndicatorId">The indicator its counts are figures of.</param>
/// <param name="Creates">The indicator to create when the store has none of that id; null when it maps to one of the assessment's.</param>
public sealed record PoliceUkCrimeType(string Name, string IndicatorId, Indicator? Creates);
