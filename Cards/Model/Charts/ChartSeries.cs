namespace SafetyBot.Cards.Model;

/// <summary>A named series <c>{legend, values, color?}</c> of a line or grouped bar chart.</summary>
/// <param name="Legend">The series name shown in the legend.</param>
/// <param name="Values">The points of the series.</param>
public sealed record ChartSeries(string Legend, IReadOnlyList<ChartPoint> Values)
{
    /// <summary>The colour of the whole series.</summary>
    public ChartColor? Color { get; init; }
}
