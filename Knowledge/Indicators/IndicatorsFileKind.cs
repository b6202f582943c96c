using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Imports;

namespace SafetyBot.Knowledge.Indicators;

/// <summary>
/// Indicators files (<see cref="IndicatorsCsvLayout"/>): add or redefine indicators, recognised by the
/// <c>display_name</c> and <c>better_direction</c> columns. Each indicator is answerable as soon as the import is
/// applied: the knowledge version moves on, and the vocabulary, topic resolution and passage index are built again
/// from the next snapshot. Removing an indicator is not offered (figures refer to it).
/// </summary>
internal sealed class IndicatorsFileKind : IDataFileKind
{
    /// <summary>The kind's stable name.</summary>
    public const string KindName = "indicators";

    /// <inheritdoc />
    public string Name => KindName;

    /// <inheritdoc />
    public string Title => "indicator definitions";

    /// <inheritdoc />
    public IReadOnlyList<string> Columns => IndicatorsCsvLayout.Columns;

    /// <inheritdoc />
    public CsvLimits Limits { get; } = new() { MaxRecords = 5_000, MaxFileBytes = 8L * 1024 * 1024 };

    /// <inheritdoc />
    public int Recognise(IReadOnlyList<string> header) =>
        header.Contains(IndicatorsCsvLayout.DisplayName, StringComparer.OrdinalIgnoreCase) && header.Contains(IndicatorsCsvLayout.BetterDirection, StringComparer.OrdinalIgnoreCase)
            ? header.Count(h => IndicatorsCsvLayout.Columns.Contains(h, StringComparer.OrdinalIgnoreCase))
            : 0;

    /// <inheritdoc />
    public IReadOnlyList<CsvError> Read(IReadOnlyList<ImportFile> files, ImportTarget target, CancellationToken cancellationToken)
    {
        var errors = new List<CsvError>();
        var rows = new List<(string File, int Line, Indicator Indicator)>();
        foreach (var file in files)
        {
            using var stream = file.Open();
            rows.AddRange(IndicatorsCsvParser.Parse(stream, file.Name, Limits, errors, cancellationToken).Select(r => (file.Name, r.Line, r.Indicator)));
        }

        var fileIds = rows.Select(r => r.Indicator.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var namesInUse = target.AllIndicators
            .Where(i => !fileIds.Contains(i.Id))
            .GroupBy(i => TextMatch.Normalise(i.DisplayName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var (file, line, indicator) in rows)
        {
            if (namesInUse.TryGetValue(TextMatch.Normalise(indicator.DisplayName), out var other))
            {
                errors.Add(new CsvError(file, line, IndicatorsCsvLayout.DisplayName, $"'{indicator.DisplayName}' is already the name of indicator '{other}'; each indicator needs its own name."));
            }
        }

        if (errors.Count == 0)
        {
            foreach (var (_, _, indicator) in rows)
            {
                target.PutIndicator(indicator);
            }
        }

        return errors;
    }
}
