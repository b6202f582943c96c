using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Figures;

/// <summary>
/// Imports figures from CSV (layout: <see cref="FiguresCsvLayout"/>; reading rules and limits:
/// <see cref="CsvRecordReader"/>, <see cref="CsvLimits.Figures"/>). The file is read twice, line by line,
/// so memory does not grow with it: first to validate every line (if any is wrong, nothing is written),
/// then to apply it in one LiteDB transaction, where a figure that differs from the current one for its
/// key supersedes it and the old one stays readable as history with who imported it, when and from which file.
/// </summary>
public sealed partial class FiguresImporter
{
    private readonly KnowledgeCollections _collections;
    private readonly TimeProvider _time;
    private readonly CsvLimits _limits;
    private readonly ILogger _logger;

    /// <summary>Creates an importer over <paramref name="database"/> (which must already be seeded).</summary>
    /// <param name="database">The store.</param>
    /// <param name="time">The clock for the history's dates.</param>
    /// <param name="logger">Where refusals and imports are logged.</param>
    /// <param name="limits">How large a file may be; <see cref="CsvLimits.Figures"/> when null.</param>
    public FiguresImporter(SafetyDatabase database, TimeProvider time, ILogger<FiguresImporter>? logger = null, CsvLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _collections = new KnowledgeCollections(database);
        _time = time;
        _limits = limits ?? CsvLimits.Figures;
        _limits.Validate();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Reads the file at <paramref name="path"/> and imports it.</summary>
    public Task<ImportReport> ImportFileAsync(string path, string importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Task.FromResult(Import(file, Path.GetFileName(path), importedBy, cancellationToken));
    }

    /// <summary>Validates and imports CSV bytes (UTF-8). Synchronous (LiteDB); never partially applied.</summary>
    /// <param name="csv">The file, read from its current position; it must be seekable, since it is read twice.</param>
    /// <param name="fileName">The file name to report in errors and history.</param>
    /// <param name="importedBy">Who is importing (kept in history).</param>
    /// <param name="cancellationToken">Stops the import (nothing is written) while it is validating or applying.</param>
    public ImportReport Import(Stream csv, string fileName, string importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        if (!csv.CanRead || !csv.CanSeek)
        {
            throw new ArgumentException("The CSV must be a readable, seekable stream: it is read once to validate and once to apply.", nameof(csv));
        }

        var start = csv.Position;
        var indicatorIds = _collections.AllIndicators().Select(i => i.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parser = new FiguresCsvParser(fileName, indicatorIds, _limits);
        var errors = parser.Parse(csv, static _ => { }, cancellationToken);
        if (errors.Count > 0)
        {
            return Refused(fileName, errors);
        }

        csv.Position = start;
        var now = _time.GetUtcNow();
        try
        {
            var report = _collections.InTransaction(() => Apply(parser, csv, fileName, importedBy, now, cancellationToken));
            LogImported(_logger, fileName, importedBy, report.Added, report.Superseded, report.Unchanged);
            return report;
        }
        catch (FileChangedException changed)
        {
            return Refused(fileName, changed.Errors);
        }
    }

    private ImportReport Refused(string fileName, IReadOnlyList<CsvError> errors)
    {
        LogRefused(_logger, fileName, errors.Count);
        return new ImportReport(fileName, errors, 0, 0, 0);
    }

    /// <summary>
    /// Reads the file again and applies each figure as it is read. A line that is wrong now (the file
    /// changed since it was validated) throws, which rolls the whole transaction back.
    /// </summary>
    private ImportReport Apply(FiguresCsvParser parser, Stream csv, string fileName, string importedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        int added = 0, superseded = 0, unchanged = 0;
        var errors = parser.Parse(csv, figure =>
        {
            var key = figure.Key;
            var current = _collections.Observations.FindOne(r => r.Key == key && r.IsCurrent);
            if (current is not null && current.Observation == figure)
            {
                unchanged++;
                return;
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
                return;
            }

            _collections.Observations.Update(current with { IsCurrent = false, SupersededAt = now, SupersededById = id });
            superseded++;
        }, cancellationToken);

        if (errors.Count > 0)
        {
            throw new FileChangedException(errors);
        }

        return new ImportReport(fileName, [], added, superseded, unchanged);
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Figures file {File} refused with {ErrorCount} errors; nothing changed")]
    private static partial void LogRefused(ILogger logger, string file, int errorCount);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information,
        Message = "Figures file {File} imported by {ImportedBy}: {Added} added, {Superseded} superseded, {Unchanged} unchanged")]
    private static partial void LogImported(ILogger logger, string file, string importedBy, int added, int superseded, int unchanged);

    /// <summary>The file was valid when checked but not when applied: it changed in between. Thrown to roll back.</summary>
    private sealed class FileChangedException(IReadOnlyList<CsvError> errors) : Exception("The file changed while it was imported.")
    {
        internal IReadOnlyList<CsvError> Errors { get; } = errors;
    }
}
