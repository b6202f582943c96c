namespace SafetyBot.Cards.Model;

/// <summary>
/// A Teams grouped vertical bar chart (<c>Chart.VerticalBar.Grouped</c>), e.g. quarters of this
/// year against the previous year: one series per year, one point per quarter.
/// </summary>
public sealed record GroupedVerticalBarChart : AxisChartElement
{
    /// <summary>Creates a grouped vertical bar chart.</summary>
    /// <param name="data">The series, each with a legend and its points.</param>
    public GroupedVerticalBarChart(IReadOnlyList<ChartSeries> data)
    {
        Data = data;
    }

    /// <summary>The series, each with a legend and its points.</summary>
    public IReadOnlyList<ChartSeries> Data { get; init; }

    /// <summary>Whether the bars of a group are stacked instead of side by side.</summary>
    public bool? Stacked { get; init; }

    /// <summary>Whether each bar shows its value.</summary>
    public bool? ShowBarValues { get; init; }
}
