namespace SafetyBot.Cards.Model;

/// <summary>A Teams donut chart (<c>Chart.Donut</c>).</summary>
public sealed record DonutChart : ChartElement
{
    /// <summary>Creates a donut chart.</summary>
    /// <param name="data">The slices.</param>
    public DonutChart(IReadOnlyList<ChartSegment> data)
    {
        Data = data;
    }

    /// <summary>The slices.</summary>
    public IReadOnlyList<ChartSegment> Data { get; init; }
}
