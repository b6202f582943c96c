using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="cells">One cell per column.</param>
    public TableRow(IReadOnlyList<TableCell> cells)
    {
        Cells = cells;
    }

    /// <summary>Always <c>"TableRow"</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    /// <summary>One cell per column.</summary>
    public IReadOnlyList<TableCell> Cells { get; init; }

    /// <summary>Background style of the row.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Horizontal alignment of the row's cells.</summary>
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    /// <summary>Vertical alignment of the row's cells.</summary>
    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
