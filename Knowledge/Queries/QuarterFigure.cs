namespace SafetyBot.Knowledge;

/// <summary>One indicator's count for a quarter, with the same quarter a year before when the store has it.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Current">The quarter's count.</param>
/// <param name="YearBefore">The same quarter's count a year before; null when not held.</param>
public sealed record QuarterFigure(Indicator Indicator, Observation Current, Observation? YearBefore)
{
    /// <summary>The change in volume worked out from the two counts (not stated by any source); null without the year before.</summary>
    public decimal? Difference => YearBefore is { } before ? Current.Value - before.Value : null;

    /// <summary>The per cent change worked out from the two counts; null without the year before or when it was zero.</summary>
    public decimal? PercentChange => YearBefore is { Value: not 0 } before ? Math.Round((Current.Value - before.Value) * 100m / before.Value, 1) : null;
}
