using System.Globalization;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Figures;

/// <summary>
/// Writes every current figure of the store as CSV in the import layout (<see cref="SafeCsvWriter"/>:
/// formula-safe), so that an export re-imports unchanged.
/// </summary>
public sealed class FiguresExporter
{
    private readonly KnowledgeCollections _collections;

    /// <summary>Creates an exporter over <paramref name="database"/>.</summary>
    public FiguresExporter(SafetyDatabase database)
    {
        _collections = new KnowledgeCollections(database);
    }

    /// <summary>Writes the CSV to <paramref name="path"/> (<see cref="SafeCsvWriter.FileEncoding"/>); returns the number of figures written.</summary>
    public async Task<int> ExportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var writer = new StreamWriter(path, append: false, SafeCsvWriter.FileEncoding);
        var count = Export(writer);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Writes the CSV to <paramref name="writer"/>; returns the number of figures written.</summary>
    public int Export(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var figures = _collections.CurrentRecords()
            .Select(r => r.Observation)
            .OrderBy(o => o.IndicatorId, StringComparer.Ordinal)
            .ThenBy(o => o.Area)
            .ThenBy(o => o.Period.Kind)
            .ThenBy(o => o.Period.SortEnd)
            .ThenBy(o => o.Period.SortStart)
            .ThenBy(o => o.Measure)
            .ThenBy(o => o.Breakdown, StringComparer.Ordinal)
            .ToList();

        using var csv = new SafeCsvWriter(writer);
        csv.WriteRecord(FiguresCsvLayout.Columns);
        foreach (var figure in figures)
        {
            WriteRow(csv, figure);
        }

        csv.Flush();
        return figures.Count;
    }

    private static void WriteRow(SafeCsvWriter csv, Observation figure)
    {
        var provenance = figure.Provenance;
        string[] fields =
        [
            figure.IndicatorId,
            figure.Area.ToString(),
            figure.Period.Key,
            figure.Measure.ToString(),
            figure.Value.ToString(CultureInfo.InvariantCulture),
            figure.Breakdown,
            figure.RankOf?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            figure.IsDerived ? "true" : string.Empty,
            figure.Note ?? string.Empty,
            provenance.OriginalSource ?? string.Empty,
            provenance.SourceId ?? string.Empty,
            provenance.Footnote?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            provenance.Document,
            provenance.Section,
            provenance.PeriodText ?? string.Empty,
        ];
        csv.WriteRecord(fields);
    }
}
