namespace SafetyBot.Cards.Model;

/// <summary>A bar <c>{x, y, color?}</c> of a vertical or horizontal bar chart.</summary>
/// <param name="X">The category (horizontal bars take strings only).</param>
/// <param name="Y">The value.</param>
public sealed record BarChartPoint(ChartXValue X, double Y)
{
    /// <summary>The colour of this bar.</summary>
    public ChartColor? Color { get; init; }
}
