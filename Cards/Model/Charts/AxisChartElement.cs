namespace SafetyBot.Cards.Model;

/// <summary>Base of the Teams charts that have axes (line and bar charts).</summary>
public abstract record AxisChartElement : ChartElement
{
    /// <summary>Creates a chart with axes.</summary>
    private protected AxisChartElement()
    {
    }

    /// <summary>The title of the x axis.</summary>
    public string? XAxisTitle { get; init; }

    /// <summary>The title of the y axis.</summary>
    public string? YAxisTitle { get; init; }

    /// <summary>The colour of every data point, unless set per point or series.</summary>
    public ChartColor? Color { get; init; }
}
