using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.Indicators;

/// <summary>Reads and validates an indicators CSV file (<see cref="IndicatorsCsvLayout"/>) with the strict reader.</summary>
internal static partial class IndicatorsCsvParser
{
    /// <summary>The file's indicators (only when <paramref name="errors"/> stays empty are they all there).</summary>
    internal static IReadOnlyList<(int Line, Indicator Indicator)> Parse(
        Stream input, string file, CsvLimits limits, ICollection<CsvError> errors, CancellationToken cancellationToken)
    {
        var indicators = new List<(int, Indicator)>();
        using var reader = new CsvRecordReader(input, file, limits, leaveOpen: true);
        var header = reader.ReadHeader();
        if (header is null)
        {
            errors.Add(new CsvError(file, 1, null, "The file is empty; the first line must be the header " + string.Join(',', IndicatorsCsvLayout.Columns) + "."));
            return indicators;
        }

        if (header.Error is { } headerError)
        {
            errors.Add(headerError);
            return indicators;
        }

        var before = errors.Count;
        var columns = CsvColumns.Read(header, file, IndicatorsCsvLayout.Columns, IndicatorsCsvLayout.RequiredColumns, errors);
        if (errors.Count > before)
        {
            return indicators;
        }

        var firstLineOfId = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstLineOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        while (errors.Count < limits.MaxErrors && reader.ReadRecord() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Error is { } error)
            {
                errors.Add(error);
                continue;
            }

            var indicator = Read(new CsvFields(row, columns, file, errors));
            if (indicator is null)
            {
                continue;
            }

            if (!firstLineOfId.TryAdd(indicator.Id, row.Line))
            {
                errors.Add(new CsvError(file, row.Line, IndicatorsCsvLayout.Id, $"Duplicate row: indicator '{indicator.Id}' is already defined on line {firstLineOfId[indicator.Id]}."));
                continue;
            }

            if (!firstLineOfName.TryAdd(TextMatch.Normalise(indicator.DisplayName), row.Line))
            {
                errors.Add(new CsvError(file, row.Line, IndicatorsCsvLayout.DisplayName, $"Line {firstLineOfName[TextMatch.Normalise(indicator.DisplayName)]} gives another indicator the same name; each indicator needs its own name."));
                continue;
            }

            indicators.Add((row.Line, indicator));
        }

        return indicators;
    }

    private static Indicator? Read(CsvFields fields)
    {
        var id = fields.Required(IndicatorsCsvLayout.Id);
        if (id is not null && (id.Length > IndicatorsCsvLayout.MaxIdLength || !IdPattern().IsMatch(id)))
        {
            fields.Fail(IndicatorsCsvLayout.Id, $"'{id}' is not an id: use lower-case letters and digits joined by single hyphens (e.g. bicycle-theft), at most {IndicatorsCsvLayout.MaxIdLength} characters.");
        }

        var name = Text(fields, IndicatorsCsvLayout.DisplayName);
        var category = Text(fields, IndicatorsCsvLayout.Category);
        var unit = Text(fields, IndicatorsCsvLayout.Unit);
        var direction = fields.Enum<BetterDirection>(IndicatorsCsvLayout.BetterDirection);
        var description = fields.Optional(IndicatorsCsvLayout.Description) ?? string.Empty;
        if (description.Length > IndicatorsCsvLayout.MaxDescriptionLength)
        {
            fields.Fail(IndicatorsCsvLayout.Description, $"Too long: at most {IndicatorsCsvLayout.MaxDescriptionLength} characters.");
        }

        var source = fields.Optional(IndicatorsCsvLayout.Source);
        if (source is not null && source.Length > IndicatorsCsvLayout.MaxNameLength)
        {
            fields.Fail(IndicatorsCsvLayout.Source, $"Too long: at most {IndicatorsCsvLayout.MaxNameLength} characters.");
        }

        var synonyms = Synonyms(fields);
        if (!fields.IsValid || id is null || name is null || category is null || unit is null || direction is null)
        {
            return null;
        }

        return new Indicator
        {
            Id = id,
            DisplayName = name,
            Synonyms = synonyms,
            Category = category,
            Unit = unit,
            BetterDirection = direction.Value,
            Description = description,
            Source = source,
        };
    }

    private static string? Text(CsvFields fields, string column)
    {
        var text = fields.Required(column, IndicatorsCsvLayout.MaxNameLength);
        if (text is not null && TextMatch.Normalise(text).Length == 0)
        {
            fields.Fail(column, "Needs at least one letter or digit.");
            return null;
        }

        return text;
    }

    private static List<string> Synonyms(CsvFields fields)
    {
        var text = fields.Optional(IndicatorsCsvLayout.Synonyms);
        if (text is null)
        {
            return [];
        }

        var synonyms = new List<string>();
        foreach (var part in text.Split(';'))
        {
            var synonym = part.Trim();
            if (synonym.Length == 0 || TextMatch.Normalise(synonym).Length == 0)
            {
                fields.Fail(IndicatorsCsvLayout.Synonyms, "An empty synonym: separate synonyms with single semicolons (bike theft;cycle theft).");
                return [];
            }

            if (synonym.Length > IndicatorsCsvLayout.MaxNameLength)
            {
                fields.Fail(IndicatorsCsvLayout.Synonyms, $"The synonym '{synonym[..20]}...' is too long: at most {IndicatorsCsvLayout.MaxNameLength} characters.");
                return [];
            }

            if (synonyms.Any(s => TextMatch.Normalise(s) == TextMatch.Normalise(synonym)))
            {
                fields.Fail(IndicatorsCsvLayout.Synonyms, $"The synonym '{synonym}' is given twice.");
                return [];
            }

            synonyms.Add(synonym);
        }

        return synonyms;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
