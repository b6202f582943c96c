using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>A cell of a <see cref="TableRow"/>.</summary>
public sealed record TableCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="items">The elements of the cell.</param>
    public TableCell(IReadOnlyList<CardElement> items)
    {
        Items = items;
    }

    /// <summary>Creates a cell holding one wrapping <see cref="TextBlock"/>.</summary>
    /// <param name="text">The cell text (markdown).</param>
    public TableCell(string text)
        : this([new TextBlock(text)])
    {
    }

    /// <summary>Always <c>"TableCell"</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    /// <summary>The elements of the cell.</summary>
    public IReadOnlyList<CardElement> Items { get; init; }

    /// <summary>Background style of the cell.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Vertical alignment of the cell content.</summary>
    public VerticalAlignment? VerticalContentAlignment { get; init; }
}
