namespace SafetyBot.Cards.Model;

/// <summary>A Teams stacked horizontal bar chart (<c>Chart.HorizontalBar.Stacked</c>).</summary>
public sealed record StackedHorizontalBarChart : AxisChartElement
{
    /// <summary>Creates a stacked horizontal bar chart.</summary>
    /// <param name="data">The bars, top to bottom.</param>
    public StackedHorizontalBarChart(IReadOnlyList<StackedBar> data)
    {
        Data = data;
    }

    /// <summary>The bars, top to bottom.</summary>
    public IReadOnlyList<StackedBar> Data { get; init; }
}
