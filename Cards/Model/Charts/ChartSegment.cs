namespace SafetyBot.Cards.Model;

/// <summary>A <c>{legend, value, color?}</c> segment: a pie or donut slice, or part of a stacked bar.</summary>
/// <param name="Legend">The segment name shown in the legend.</param>
/// <param name="Value">The value.</param>
public sealed record ChartSegment(string Legend, double Value)
{
    /// <summary>The colour of this segment.</summary>
    public ChartColor? Color { get; init; }
}
