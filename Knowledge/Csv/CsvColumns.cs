namespace SafetyBot.Knowledge.Csv;

/// <summary>
/// The header of a CSV layout read strictly: every column known, none twice, the required ones there.
/// Maps each column name to its field index.
/// </summary>
public static class CsvColumns
{
    /// <summary>
    /// Reads <paramref name="header"/> against <paramref name="columns"/>; adds an error naming the file, line and
    /// column for each unknown, repeated or missing column. Names are compared ignoring case and surrounding spaces.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Read(
        CsvRow header, string file, IReadOnlyList<string> columns, IReadOnlyList<string> required, ICollection<CsvError> errors)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(errors);
        var found = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Fields.Count; index++)
        {
            var name = header.Fields[index].Trim();
            if (!columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new CsvError(file, header.Line, name, $"Unknown column. Columns are: {string.Join(", ", columns)}."));
            }
            else if (!found.TryAdd(name, index))
            {
                errors.Add(new CsvError(file, header.Line, name, "The column appears twice."));
            }
        }

        foreach (var missing in required.Where(c => !found.ContainsKey(c)))
        {
            errors.Add(new CsvError(file, header.Line, missing, "Missing required column."));
        }

        return found;
    }

    /// <summary>The normalised names of a header's fields (trimmed, lower case), to recognise a layout by.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return [.. fields.Select(f => f.Trim().ToLowerInvariant())];
    }
}
