namespace SafetyBot.Knowledge.Imports;

/// <summary>A figure an import supersedes: the one in use and the one that would replace it.</summary>
/// <param name="IndicatorName">The indicator's display name.</param>
/// <param name="Before">The figure in use now.</param>
/// <param name="After">The figure from the file.</param>
public sealed record FigureChange(string IndicatorName, Observation Before, Observation After)
{
    /// <summary>How big the change is, relative to the old value (absolute when the old value is 0).</summary>
    public decimal Size => Before.Value == 0 ? Math.Abs(After.Value) : Math.Abs(After.Value - Before.Value) / Math.Abs(Before.Value);
}
