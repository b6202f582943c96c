using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Figures;

/// <summary>
/// Imports figures from CSV (layout: <see cref="FiguresCsvLayout"/>). The whole file is validated
/// first; if any line is wrong nothing is written. A valid file is applied in one LiteDB
/// transaction: a figure that differs from the current one for its key supersedes it, and the
/// old one stays readable as history with who imported it, when and from which file.
/// </summary>
public sealed partial class FiguresImporter
{
    private readonly KnowledgeCollections _collections;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates an importer over <paramref name="database"/> (which must already be seeded).</summary>
    public FiguresImporter(SafetyDatabase database, TimeProvider time, ILogger<FiguresImporter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _collections = new KnowledgeCollections(database);
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Reads the file at <paramref name="path"/> and imports it.</summary>
    public async Task<ImportReport> ImportFileAsync(string path, string importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        using var reader = new StringReader(text);
        return Import(reader, Path.GetFileName(path), importedBy);
    }

    /// <summary>Validates and imports CSV text. Synchronous (LiteDB); never partially applied.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The file name to report in errors and history.</param>
    /// <param name="importedBy">Who is importing (kept in history).</param>
    public ImportReport Import(TextReader reader, string fileName, string importedBy)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);

        var indicatorIds = _collections.Indicators.FindAll().Select(i => i.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (figures, errors) = new FiguresCsvParser(fileName, indicatorIds).Parse(reader);
        if (errors.Count > 0)
        {
            LogRefused(_logger, fileName, errors.Count);
            return new ImportReport(fileName, errors, 0, 0, 0);
        }

        var now = _time.GetUtcNow();
        var report = _collections.InTransaction(() => Apply(figures.Select(f => f.Figure), fileName, importedBy, now));
        LogImported(_logger, fileName, importedBy, report.Added, report.Superseded, report.Unchanged);
        return report;
    }

    private ImportReport Apply(IEnumerable<Observation> figures, string fileName, string importedBy, DateTimeOffset now)
    {
        int added = 0, superseded = 0, unchanged = 0;
        foreach (var figure in figures)
        {
            var key = figure.Key;
            var current = _collections.Observations.FindOne(r => r.Key == key && r.IsCurrent);
            if (current is not null && current.Observation == figure)
            {
                unchanged++;
                continue;
            }

            var id = _collections.Observations.Insert(new ObservationRecord
            {
                Key = key,
                IndicatorId = figure.IndicatorId,
                Observation = figure,
                Origin = ObservationOrigin.Import,
                IsCurrent = true,
                RecordedAt = now,
                RecordedBy = importedBy,
                SourceFile = fileName,
            }).AsInt64;

            if (current is null)
            {
                added++;
                continue;
            }

            _collections.Observations.Update(current with { IsCurrent = false, SupersededAt = now, SupersededById = id });
            superseded++;
        }

        return new ImportReport(fileName, [], added, superseded, unchanged);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Figures file {File} refused with {ErrorCount} errors; nothing changed")]
    private static partial void LogRefused(ILogger logger, string file, int errorCount);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "Figures file {File} imported by {ImportedBy}: {Added} added, {Superseded} superseded, {Unchanged} unchanged")]
    private static partial void LogImported(ILogger logger, string file, string importedBy, int added, int superseded, int unchanged);
}
