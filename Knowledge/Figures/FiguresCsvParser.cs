using CsvHelper;

namespace SafetyBot.Knowledge.Figures;

/// <summary>Reads and validates a figures CSV file into observations, collecting every error.</summary>
internal sealed class FiguresCsvParser
{
    private readonly string _file;
    private readonly IReadOnlySet<string> _indicatorIds;
    private readonly List<ImportError> _errors = [];

    internal FiguresCsvParser(string file, IReadOnlySet<string> indicatorIds)
    {
        _file = file;
        _indicatorIds = indicatorIds;
    }

    internal static CsvReaderOptions ReaderOptions { get; } = new()
    {
        Separator = ',',
        HasHeader = true,
        CommentPrefix = '#',
        SkipEmptyLines = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        DetectSeparatorHint = false,
    };

    internal (IReadOnlyList<(int Line, Observation Figure)> Figures, IReadOnlyList<ImportError> Errors) Parse(TextReader reader)
    {
        var figures = new List<(int Line, Observation Figure)>();
        using var csv = CsvReader.Create(reader, ReaderOptions, leaveOpen: true);
        csv.ReadHeader();
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
        {
            Error(1, null, "The file is empty; the first line must be the header " + string.Join(',', FiguresCsvLayout.Columns) + ".");
            return (figures, _errors);
        }

        var columns = ReadHeader(header);
        if (_errors.Count > 0)
        {
            return (figures, _errors);
        }

        var firstLineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = checked((int)csv.LineNumber);
            var row = new FiguresCsvRow(csv, columns, line, Error);
            if (row.ToObservation(_file, _indicatorIds) is not { } figure)
            {
                continue;
            }

            if (firstLineOfKey.TryGetValue(figure.Key, out var first))
            {
                Error(line, null, $"Duplicate row: the same indicator, area, period, measure and breakdown as line {first}.");
                continue;
            }

            firstLineOfKey[figure.Key] = line;
            figures.Add((line, figure));
        }

        return (figures, _errors);
    }

    private Dictionary<string, int> ReadHeader(string[] header)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Length; index++)
        {
            var name = header[index].Trim();
            if (!FiguresCsvLayout.Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                Error(1, name, $"Unknown column. Columns are: {string.Join(", ", FiguresCsvLayout.Columns)}.");
            }
            else if (!columns.TryAdd(name, index))
            {
                Error(1, name, "The column appears twice.");
            }
        }

        foreach (var missing in FiguresCsvLayout.RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            Error(1, missing, "Missing required column.");
        }

        return columns;
    }

    private void Error(int line, string? column, string message) => _errors.Add(new ImportError(_file, line, column, message));
}
