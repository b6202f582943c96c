using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// Base of the Teams chart elements (<c>Chart.*</c>). Teams mobile and other hosts do not draw
/// them, so always show the same numbers as text or a <see cref="FactSet"/> too.
/// </summary>
public abstract record ChartElement : CardElement
{
    /// <summary>Creates a chart.</summary>
    private protected ChartElement()
    {
    }

    /// <summary>The title of the chart.</summary>
    [JsonPropertyOrder(-1)]
    public string? Title { get; init; }

    /// <summary>The named colour set used to draw the chart.</summary>
    public ChartColorSet? ColorSet { get; init; }
}
