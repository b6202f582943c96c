using System.Text.Json.Serialization;

namespace SafetyBot.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column
{
    /// <summary>Creates a column.</summary>
    /// <param name="items">The elements of the column, top to bottom.</param>
    public Column(IReadOnlyList<CardElement> items)
    {
        Items = items;
    }

    /// <summary>Always <c>"Column"</c>.</summary>
    [JsonPropertyOrder(-2)]
    public string Type => "Column";

    /// <summary>Unique identifier, needed to target the column with Action.ToggleVisibility.</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    /// <summary>The elements of the column, top to bottom.</summary>
    public IReadOnlyList<CardElement> Items { get; init; }

    /// <summary>Width: <see cref="ColumnWidth.Auto"/>, <see cref="ColumnWidth.Stretch"/>, a weight or pixels.</summary>
    public ColumnWidth? Width { get; init; }

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Whether a styled background bleeds into the parent's padding.</summary>
    public bool? Bleed { get; init; }

    /// <summary>Vertical alignment of the items.</summary>
    public VerticalAlignment? VerticalContentAlignment { get; init; }

    /// <summary>Whether the column is shown.</summary>
    public bool? IsVisible { get; init; }

    /// <summary>Space between this column and the previous one.</summary>
    public Spacing? Spacing { get; init; }

    /// <summary>Whether a separator line is drawn before the column.</summary>
    public bool? Separator { get; init; }

    /// <summary>Action run when the column is selected (not Action.ShowCard).</summary>
    public CardAction? SelectAction { get; init; }
}
