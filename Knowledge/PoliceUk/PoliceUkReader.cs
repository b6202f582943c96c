using System.Globalization;
using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>
/// Reads the files of one police.uk upload with the strict CSV reader and counts the district's records
/// (<see cref="PoliceUkOptions.DistrictLsoaPrefix"/>) by category and month. Every problem is an error
/// with its file, line and column: a header that is not police.uk's, a bad month, an unknown category,
/// a crime id given twice, a month of one force in two files.
/// </summary>
internal sealed class PoliceUkReader(PoliceUkOptions options, CsvLimits limits)
{
    private const string SaveFromPoliceUk =
        "as police.uk publishes it (2018-04). If the file was opened and saved in Excel, Excel turned it into a date: download it again from data.police.uk and upload it without opening it in Excel.";

    /// <summary>Reads every file; the tally is complete only when <paramref name="errors"/> stays empty.</summary>
    internal PoliceUkTally Read(IReadOnlyList<Imports.ImportFile> files, ICollection<CsvError> errors, CancellationToken cancellationToken)
    {
        var tally = new PoliceUkTally();
        var crimeIds = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        var forceMonths = new Dictionary<(int Month, string Force), string>();
        foreach (var file in files)
        {
            var thisFile = new Dictionary<(int, string), int>();
            using var stream = file.Open();
            ReadFile(file.Name, stream, tally, crimeIds, thisFile, errors, cancellationToken);
            foreach (var (key, line) in thisFile)
            {
                if (!forceMonths.TryAdd(key, file.Name))
                {
                    errors.Add(new CsvError(file.Name, line, PoliceUkCsvLayout.Month,
                        $"{Month(key.Item1)} of {key.Item2} is also in {forceMonths[key]}: upload each month's file once."));
                }
            }

            if (errors.Count >= limits.MaxErrors)
            {
                break;
            }
        }

        return tally;
    }

    private void ReadFile(
        string name,
        Stream stream,
        PoliceUkTally tally,
        Dictionary<string, (string File, int Line)> crimeIds,
        Dictionary<(int, string), int> forceMonths,
        ICollection<CsvError> errors,
        CancellationToken cancellationToken)
    {
        using var reader = new CsvRecordReader(stream, name, limits, leaveOpen: true);
        var header = reader.ReadHeader();
        if (header is null)
        {
            errors.Add(new CsvError(name, 1, null, "The file is empty; a police.uk street-level file starts with the header " + string.Join(',', PoliceUkCsvLayout.Columns) + "."));
            return;
        }

        if (header.Error is { } headerError)
        {
            errors.Add(headerError);
            return;
        }

        if (!PoliceUkCsvLayout.Matches(header.Fields))
        {
            var at = Enumerable.Range(0, Math.Max(header.Fields.Count, PoliceUkCsvLayout.Columns.Count))
                .First(i => i >= header.Fields.Count || i >= PoliceUkCsvLayout.Columns.Count
                    || !header.Fields[i].Trim().Equals(PoliceUkCsvLayout.Columns[i], StringComparison.OrdinalIgnoreCase));
            var found = at < header.Fields.Count ? header.Fields[at].Trim() : null;
            var expected = at < PoliceUkCsvLayout.Columns.Count ? $"'{PoliceUkCsvLayout.Columns[at]}'" : "no more columns";
            errors.Add(new CsvError(name, header.Line, found ?? $"field {at + 1}",
                $"Column {at + 1} should be {expected}. A police.uk street-level file has exactly the columns {string.Join(", ", PoliceUkCsvLayout.Columns)}."));
            return;
        }

        var columns = PoliceUkCsvLayout.Columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.OrdinalIgnoreCase);
        while (errors.Count < limits.MaxErrors && reader.ReadRecord() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Error is { } error)
            {
                errors.Add(error);
                continue;
            }

            var fields = new CsvFields(row, columns, name, errors);
            var month = ReadMonth(fields);
            var type = ReadType(fields);
            var force = fields.Required(PoliceUkCsvLayout.ReportedBy);
            Coordinate(fields, PoliceUkCsvLayout.Longitude, 180);
            Coordinate(fields, PoliceUkCsvLayout.Latitude, 90);
            if (fields.Optional(PoliceUkCsvLayout.CrimeId) is { } crimeId && !crimeIds.TryAdd(crimeId, (name, row.Line)))
            {
                var first = crimeIds[crimeId];
                fields.Fail(PoliceUkCsvLayout.CrimeId, $"Duplicate row: crime {crimeId} is already on line {first.Line} of {first.File}.");
            }

            if (!fields.IsValid || month is null || type is null || force is null)
            {
                continue;
            }

            tally.Cover(month.Value);
            forceMonths.TryAdd((month.Value, force), row.Line);
            var lsoa = fields.Optional(PoliceUkCsvLayout.LsoaName);
            if (lsoa is null)
            {
                tally.NoLocation();
            }
            else if (lsoa.StartsWith(options.DistrictLsoaPrefix, StringComparison.Ordinal))
            {
                tally.Add(type.Name, month.Value);
            }
            else
            {
                tally.Outside();
            }
        }
    }

    private static int? ReadMonth(CsvFields fields)
    {
        var text = fields.Required(PoliceUkCsvLayout.Month);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 7 && text[4] == '-'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is >= 2000 and <= 2999 && month is >= 1 and <= 12)
        {
            return PoliceUkTally.MonthIndex(year, month);
        }

        fields.Fail(PoliceUkCsvLayout.Month, $"'{text}' is not a month: write it {SaveFromPoliceUk}");
        return null;
    }

    private static PoliceUkCrimeType? ReadType(CsvFields fields)
    {
        var text = fields.Required(PoliceUkCsvLayout.CrimeType);
        if (text is null)
        {
            return null;
        }

        var type = PoliceUkCrimeTypes.Find(text);
        if (type is null)
        {
            fields.Fail(PoliceUkCsvLayout.CrimeType, $"Unknown police.uk crime type '{text}'. The types are: {string.Join(", ", PoliceUkCrimeTypes.All.Select(t => t.Name))}.");
        }

        return type;
    }

    private static void Coordinate(CsvFields fields, string column, int limit)
    {
        var text = fields.Optional(column);
        if (text is not null && !(decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) <= limit))
        {
            fields.Fail(column, $"'{text}' is not a {column.ToLowerInvariant()} in degrees (e.g. 0.121817 or -0.121817).");
        }
    }

    internal static string Month(int index) =>
        new DateOnly(index / 12, (index % 12) + 1, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
