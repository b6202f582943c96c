namespace SafetyBot.Cards.Model;

/// <summary>A Teams horizontal bar chart (<c>Chart.HorizontalBar</c>), e.g. a comparison of areas.</summary>
public sealed record HorizontalBarChart : AxisChartElement
{
    /// <summary>Creates a horizontal bar chart.</summary>
    /// <param name="data">The bars, top to bottom; x is the category label.</param>
    public HorizontalBarChart(IReadOnlyList<BarChartPoint> data)
    {
        Data = data;
    }

    /// <summary>The bars, top to bottom; x is the category label.</summary>
    public IReadOnlyList<BarChartPoint> Data { get; init; }

    /// <summary>How the bars are laid out.</summary>
    public HorizontalBarChartDisplayMode? DisplayMode { get; init; }
}
