using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.Figures;

/// <summary>
/// Reads and validates a figures CSV file in one streaming pass (<see cref="CsvRecordReader"/>), handing
/// each valid figure on as it is read and collecting the errors (at most <see cref="CsvLimits.MaxErrors"/>).
/// Only a hash of each figure's key and its line are kept, to find duplicate rows: in the file, and in the earlier files of
/// the same upload when the parsers share <paramref name="upload"/> (each key's first parser, file and line).
/// </summary>
internal sealed class FiguresCsvParser(string file, IReadOnlySet<string> indicatorIds, CsvLimits limits, Dictionary<UInt128, (object Parser, string File, int Line)>? upload = null)
{
    /// <summary>Reads <paramref name="input"/> from its position to its end; returns the errors, none when every line is valid.</summary>
    /// <param name="input">The file.</param>
    /// <param name="onFigure">Called with each valid figure, in file order (also after an error: check the result before using them).</param>
    /// <param name="cancellationToken">Checked at every line.</param>
    internal IReadOnlyList<CsvError> Parse(Stream input, Action<Observation> onFigure, CancellationToken cancellationToken)
    {
        var errors = new List<CsvError>();
        using var reader = new CsvRecordReader(input, file, limits, leaveOpen: true);
        var header = reader.ReadHeader();
        if (header is null)
        {
            errors.Add(new CsvError(file, 1, null, "The file is empty; the first line must be the header " + string.Join(',', FiguresCsvLayout.Columns) + "."));
            return errors;
        }

        if (header.Error is { } headerError)
        {
            errors.Add(headerError);
            return errors;
        }

        var columns = ReadHeader(header, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        var firstLineOfKey = upload ?? [];
        while (errors.Count < limits.MaxErrors && reader.ReadRecord() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (row.Error is { } error)
            {
                errors.Add(error);
                continue;
            }

            var figure = new FiguresCsvRow(new CsvFields(row, columns, file, errors))
                .ToObservation(file, indicatorIds);
            if (figure is null)
            {
                continue;
            }

            if (!firstLineOfKey.TryAdd(KeyHash(figure.Key), (this, file, row.Line)))
            {
                var (parser, firstFile, firstLine) = firstLineOfKey[KeyHash(figure.Key)];
                errors.Add(new CsvError(file, row.Line, null, parser == this
                    ? $"Duplicate row: the same indicator, area, period, measure and breakdown as line {firstLine}."
                    : $"Duplicate row: the same indicator, area, period, measure and breakdown as {firstFile} line {firstLine}. One upload may hold each figure once."));
                continue;
            }

            onFigure(figure);
        }

        if (errors.Count >= limits.MaxErrors)
        {
            errors.Add(new CsvError(file, errors[^1].Line, null, $"Stopped reading after {limits.MaxErrors} errors: correct these and import the file again."));
        }

        return errors;
    }

    /// <summary>128 bits of the key's SHA-256: a million keys take a few megabytes, and two keys share a hash by chance practically never.</summary>
    private static UInt128 KeyHash(string key)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private Dictionary<string, int> ReadHeader(CsvRow header, List<CsvError> errors)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Fields.Count; index++)
        {
            var name = header.Fields[index].Trim();
            if (!FiguresCsvLayout.Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new CsvError(file, header.Line, name, $"Unknown column. Columns are: {string.Join(", ", FiguresCsvLayout.Columns)}."));
            }
            else if (!columns.TryAdd(name, index))
            {
                errors.Add(new CsvError(file, header.Line, name, "The column appears twice."));
            }
        }

        foreach (var missing in FiguresCsvLayout.RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new CsvError(file, header.Line, missing, "Missing required column."));
        }

        return columns;
    }
}
