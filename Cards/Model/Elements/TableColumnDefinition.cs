namespace SafetyBot.Cards.Model;

/// <summary>Definition of a <see cref="Table"/> column.</summary>
public sealed record TableColumnDefinition
{
    private readonly ColumnWidth? width;

    /// <summary>Creates a column with a relative weight.</summary>
    /// <param name="weight">A positive weight.</param>
    public TableColumnDefinition(int weight = 1)
    {
        Width = ColumnWidth.Weighted(weight);
    }

    /// <summary>Width: a weight or <see cref="ColumnWidth.Pixels(int)"/>; "auto"/"stretch" are not valid in tables.</summary>
    public ColumnWidth? Width
    {
        get => width;
        init
        {
            if (value is { IsValidForTable: false })
            {
                throw new ArgumentException("A table column width must be a weight or a pixel width.", nameof(value));
            }

            width = value;
        }
    }

    /// <summary>Horizontal alignment of the column's cells.</summary>
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    /// <summary>Vertical alignment of the column's cells.</summary>
    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
