namespace SafetyBot.Knowledge;

/// <summary>An indicator whose figure moved, with the per cent change the source gives.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="PercentChange">The per cent change (as the source gives it).</param>
/// <param name="Change">The change in volume, when given.</param>
/// <param name="Volume">The volume for the same period, when given (vehicle crime has none).</param>
public sealed record Mover(Indicator Indicator, Observation PercentChange, Observation? Change, Observation? Volume)
{
    /// <summary>True when the move is good news given the indicator's better direction; null when neutral.</summary>
    public bool? IsImprovement => Indicator.BetterDirection switch
    {
        BetterDirection.Lower => PercentChange.Value < 0,
        BetterDirection.Higher => PercentChange.Value > 0,
        _ => null,
    };
}
