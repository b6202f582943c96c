using Microsoft.Extensions.Logging;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Figures;

/// <summary>
/// Imports a figures CSV file (layout: <see cref="FiguresCsvLayout"/>; reading rules and limits:
/// <see cref="CsvRecordReader"/>, <see cref="CsvLimits.Figures"/>) through <see cref="DataImporter"/>, as a figures
/// file whatever its header says: the whole file is validated first (if any line is wrong, nothing is written), then
/// applied in one transaction, where a figure that differs from the current one for its key supersedes it and the old
/// one stays readable as history with who imported it, when and from which file. Undoable like any import.
/// </summary>
public sealed class FiguresImporter
{
    private readonly DataImporter _importer;
    private readonly FiguresFileKind _kind;

    /// <summary>Creates an importer over <paramref name="database"/> (which must already be seeded).</summary>
    /// <param name="database">The store.</param>
    /// <param name="time">The clock for the history's dates.</param>
    /// <param name="logger">Where refusals and imports are logged.</param>
    /// <param name="limits">How large a file may be; <see cref="CsvLimits.Figures"/> when null.</param>
    public FiguresImporter(SafetyDatabase database, TimeProvider time, ILogger<DataImporter>? logger = null, CsvLimits? limits = null)
    {
        limits?.Validate();
        _importer = new DataImporter(database, time, ShellImportPermission.Instance, logger);
        _kind = new FiguresFileKind(limits);
    }

    /// <summary>Reads the file at <paramref name="path"/> and imports it.</summary>
    public Task<ImportReport> ImportFileAsync(string path, string importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        return Task.FromResult(Report(ImportBatch.FromPath(path), importedBy, cancellationToken));
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
        return Report(ImportBatch.FromStream(fileName, csv), importedBy, cancellationToken);
    }

    private ImportReport Report(ImportBatch batch, string importedBy, CancellationToken cancellationToken)
    {
        var result = _importer.Apply(batch, _kind, new Actor(string.Empty, importedBy), cancellationToken);
        var figures = result.Preview.TallyOf(ImportTarget.Figures);
        return result.Applied
            ? new ImportReport(batch.Name, [], figures.Added, figures.Changed, figures.Unchanged)
            : new ImportReport(batch.Name, result.Preview.Errors, 0, 0, 0);
    }
}
