namespace SafetyBot.Cards.Model;

/// <summary>A table (schema 1.5): column definitions and rows of cells.</summary>
public sealed record Table : CardElement
{
    /// <summary>Creates a table.</summary>
    /// <param name="columns">One definition per column.</param>
    /// <param name="rows">The rows; the first is the header unless <see cref="FirstRowAsHeader"/> is false.</param>
    public Table(IReadOnlyList<TableColumnDefinition> columns, IReadOnlyList<TableRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>One definition per column.</summary>
    public IReadOnlyList<TableColumnDefinition> Columns { get; init; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Whether the first row is a header (schema default: true).</summary>
    public bool? FirstRowAsHeader { get; init; }

    /// <summary>Whether grid lines are drawn (schema default: true).</summary>
    public bool? ShowGridLines { get; init; }

    /// <summary>Style of the grid.</summary>
    public ContainerStyle? GridStyle { get; init; }

    /// <summary>Default horizontal alignment of cell content.</summary>
    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    /// <summary>Default vertical alignment of cell content.</summary>
    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
