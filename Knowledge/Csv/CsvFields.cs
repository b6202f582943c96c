namespace SafetyBot.Knowledge.Csv;

/// <summary>
/// One data record of a CSV layout, read by column name. Every problem is added to the errors with the
/// record's line and the column's name, and makes <see cref="IsValid"/> false.
/// </summary>
public sealed class CsvFields
{
    private readonly CsvRow _row;
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly string _file;
    private readonly ICollection<CsvError> _errors;

    /// <summary>Reads <paramref name="row"/> (which must have no error) by the columns of its header.</summary>
    public CsvFields(CsvRow row, IReadOnlyDictionary<string, int> columns, string file, ICollection<CsvError> errors)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(errors);
        _row = row;
        _columns = columns;
        _file = file;
        _errors = errors;
    }

    /// <summary>The record's first line.</summary>
    public int Line => _row.Line;

    /// <summary>False once any field was refused.</summary>
    public bool IsValid { get; private set; } = true;

    /// <summary>The field, or null when the column is absent or the field empty.</summary>
    public string? Optional(string column)
    {
        if (!_columns.TryGetValue(column, out var index))
        {
            return null;
        }

        var text = _row.Fields[index];
        return text.Length == 0 ? null : text;
    }

    /// <summary>The field; an error when it is empty or absent.</summary>
    public string? Required(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            Fail(column, "A value is required.");
        }

        return text;
    }

    /// <summary>A required field of at most <paramref name="maxLength"/> characters.</summary>
    public string? Required(string column, int maxLength)
    {
        var text = Required(column);
        if (text is not null && text.Length > maxLength)
        {
            Fail(column, $"Too long: at most {maxLength} characters.");
            return null;
        }

        return text;
    }

    /// <summary>One of the names of <typeparamref name="T"/> exactly (ignoring case, spaces, hyphens and underscores).</summary>
    public T? Enum<T>(string column)
        where T : struct, Enum
    {
        var text = Required(column);
        if (text is null)
        {
            return null;
        }

        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace("_", string.Empty, StringComparison.Ordinal);
        if (System.Enum.GetNames<T>().FirstOrDefault(name => name.Equals(compact, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return System.Enum.Parse<T>(known);
        }

        Fail(column, $"Unknown {column} '{text}'. Use one of: {string.Join(", ", System.Enum.GetNames<T>())}.");
        return null;
    }

    /// <summary>Adds an error for <paramref name="column"/> (null: the whole record).</summary>
    public void Fail(string? column, string message)
    {
        IsValid = false;
        _errors.Add(new CsvError(_file, _row.Line, column, message));
    }
}
