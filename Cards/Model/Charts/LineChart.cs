namespace SafetyBot.Cards.Model;

/// <summary>A Teams line chart (<c>Chart.Line</c>), one line per series.</summary>
public sealed record LineChart : AxisChartElement
{
    /// <summary>Creates a line chart.</summary>
    /// <param name="data">The series, each with a legend and its points.</param>
    public LineChart(IReadOnlyList<ChartSeries> data)
    {
        Data = data;
    }

    /// <summary>The series, each with a legend and its points.</summary>
    public IReadOnlyList<ChartSeries> Data { get; init; }
}
