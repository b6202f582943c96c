namespace SafetyBot.Cards.Model;

/// <summary>A Teams pie chart (<c>Chart.Pie</c>).</summary>
public sealed record PieChart : ChartElement
{
    /// <summary>Creates a pie chart.</summary>
    /// <param name="data">The slices.</param>
    public PieChart(IReadOnlyList<ChartSegment> data)
    {
        Data = data;
    }

    /// <summary>The slices.</summary>
    public IReadOnlyList<ChartSegment> Data { get; init; }
}
