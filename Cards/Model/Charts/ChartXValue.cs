using System.Globalization;
using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// An x value of a chart point: a category string (serialised as a JSON string) or a number
/// (a JSON number). A line chart whose x values are all numbers, or all <c>yyyy-MM-dd</c>
/// dates, is drawn as a time series; otherwise as categories.
/// </summary>
[JsonConverter(typeof(ChartXValueConverter))]
public sealed record ChartXValue
{
    private ChartXValue(string? text, double number)
    {
        Text = text;
        Number = number;
    }

    /// <summary>The category, or null when the value is a number.</summary>
    public string? Text { get; }

    /// <summary>The number, when <see cref="Text"/> is null.</summary>
    public double Number { get; }

    /// <summary>A category value.</summary>
    /// <param name="text">The category.</param>
    public static implicit operator ChartXValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ChartXValue(text, 0);
    }

    /// <summary>A numeric value.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator ChartXValue(double number) => new(null, number);

    /// <summary>A numeric value.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator ChartXValue(int number) => new(null, number);

    /// <summary>A category value.</summary>
    /// <param name="text">The category.</param>
    /// <returns>The x value.</returns>
    public static ChartXValue FromString(string text) => text;

    /// <summary>A numeric value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The x value.</returns>
    public static ChartXValue FromDouble(double number) => number;

    /// <summary>A numeric value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The x value.</returns>
    public static ChartXValue FromInt32(int number) => number;

    /// <inheritdoc />
    public override string ToString() => Text ?? Number.ToString(CultureInfo.InvariantCulture);
}
