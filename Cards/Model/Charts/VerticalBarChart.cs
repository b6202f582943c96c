namespace SafetyBot.Cards.Model;

/// <summary>A Teams vertical bar chart (<c>Chart.VerticalBar</c>), one bar per point.</summary>
public sealed record VerticalBarChart : AxisChartElement
{
    /// <summary>Creates a vertical bar chart.</summary>
    /// <param name="data">The bars, left to right.</param>
    public VerticalBarChart(IReadOnlyList<BarChartPoint> data)
    {
        Data = data;
    }

    /// <summary>The bars, left to right.</summary>
    public IReadOnlyList<BarChartPoint> Data { get; init; }

    /// <summary>Whether each bar shows its value.</summary>
    public bool? ShowBarValues { get; init; }
}
