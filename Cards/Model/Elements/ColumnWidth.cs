using System.Globalization;
using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>
/// Width of a <see cref="Column"/> or a table column: <c>"auto"</c>, <c>"stretch"</c>, a relative
/// weight (a JSON number) or a fixed width in pixels (<c>"80px"</c>).
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int amount)
    {
        Keyword = keyword;
        Amount = amount;
    }

    /// <summary>As wide as its content.</summary>
    public static ColumnWidth Auto { get; } = new("auto", 0);

    /// <summary>Shares the remaining width with other stretch columns.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    /// <summary><c>"auto"</c> or <c>"stretch"</c>; null for weights and pixels.</summary>
    internal string? Keyword { get; }

    /// <summary>The weight or the pixel count.</summary>
    internal int Amount { get; }

    /// <summary>Whether this is a pixel width.</summary>
    internal bool IsPixels { get; private init; }

    /// <summary>Whether this width is valid for a Table column (weights and pixels only).</summary>
    public bool IsValidForTable => Keyword is null;

    /// <summary>A relative weight, serialised as a JSON number.</summary>
    /// <param name="weight">A positive weight.</param>
    /// <returns>The width.</returns>
    public static ColumnWidth Weighted(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new ColumnWidth(null, weight);
    }

    /// <summary>A fixed width, serialised as <c>"{pixels}px"</c>.</summary>
    /// <param name="pixels">A positive pixel count.</param>
    /// <returns>The width.</returns>
    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new ColumnWidth(null, pixels) { IsPixels = true };
    }

    /// <summary>A relative weight, e.g. <c>Width = 2</c>.</summary>
    /// <param name="weight">A positive weight.</param>
    public static implicit operator ColumnWidth(int weight) => Weighted(weight);

    /// <inheritdoc />
    public override string ToString() =>
        Keyword ?? (IsPixels ? Amount.ToString(CultureInfo.InvariantCulture) + "px" : Amount.ToString(CultureInfo.InvariantCulture));
}
