namespace SafetyBot.Cards.Model;

/// <summary>A row of <see cref="Column"/>s side by side.</summary>
public sealed record ColumnSet : CardElement
{
    /// <summary>Creates a column set.</summary>
    /// <param name="columns">The columns, left to right.</param>
    public ColumnSet(IReadOnlyList<Column> columns)
    {
        Columns = columns;
    }

    /// <summary>The columns, left to right.</summary>
    public IReadOnlyList<Column> Columns { get; init; }

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }

    /// <summary>Whether a styled background bleeds into the parent's padding.</summary>
    public bool? Bleed { get; init; }

    /// <summary>Horizontal alignment of the columns.</summary>
    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>Action run when the column set is selected (not Action.ShowCard).</summary>
    public CardAction? SelectAction { get; init; }
}
