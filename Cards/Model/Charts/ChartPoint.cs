namespace SafetyBot.Cards.Model;

/// <summary>A point <c>{x, y}</c> of a <see cref="ChartSeries"/> (line or grouped bar charts).</summary>
/// <param name="X">The x value: a category or a number.</param>
/// <param name="Y">The y value.</param>
public sealed record ChartPoint(ChartXValue X, double Y);
