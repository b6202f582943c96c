using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.PoliceUk;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// Loads data files into the knowledge store, for Teams uploads and the command line alike. <see cref="Preview(ImportBatch, CancellationToken)"/>
/// recognises the file's kind from its header (<see cref="DataFileKinds"/>) and validates the whole file without
/// writing; <see cref="Apply(ImportBatch, Actor, CancellationToken)"/> validates it again and applies it in one transaction, with the permission check, an
/// <see cref="ImportRecord"/>, every record written kept as it was before (<see cref="ImportChange"/>) and an audit
/// entry; <see cref="UndoLast"/> puts those records back exactly. Every answer, card and index reads the new data at
/// once: each transaction moves <see cref="SafetyDatabase.KnowledgeVersion"/> on.
/// </summary>
public sealed partial class DataImporter
{
    /// <summary>How many of the biggest changes to figures a preview lists.</summary>
    public const int BiggestChangesShown = 5;

    /// <summary>The collection of applied imports (<see cref="ImportRecord"/>).</summary>
    public const string ImportsCollection = "k_imports";

    /// <summary>The collection of the records each import wrote, as they were before (<see cref="ImportChange"/>).</summary>
    public const string ChangesCollection = "k_import_changes";

    /// <summary>The audit entry of an applied import.</summary>
    public const string ImportedAudit = "data.imported";

    /// <summary>The audit entry of an undone import.</summary>
    public const string UndoneAudit = "data.import-undone";

    private readonly KnowledgeCollections _collections;
    private readonly TimeProvider _time;
    private readonly IImportPermission _permission;
    private readonly ILogger _logger;
    private readonly IReadOnlyList<IDataFileKind> _kinds;

    /// <summary>Creates the importer over <paramref name="database"/> (which must already be seeded).</summary>
    /// <param name="database">The store.</param>
    /// <param name="time">The clock for the records' dates.</param>
    /// <param name="permission">Who may import and undo (asked inside the writing transaction).</param>
    /// <param name="logger">Where imports and refusals are logged.</param>
    /// <param name="policeUk">Which police.uk records are the district's; the defaults when null.</param>
    public DataImporter(SafetyDatabase database, TimeProvider time, IImportPermission permission, ILogger<DataImporter>? logger = null, PoliceUkOptions? policeUk = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(permission);
        if (policeUk is not null && new PoliceUkOptionsValidator().Validate(null, policeUk) is { Failed: true } invalid)
        {
            throw new ArgumentException(invalid.FailureMessage, nameof(policeUk));
        }

        _kinds = policeUk is null ? DataFileKinds.All : DataFileKinds.Create(policeUk);
        _collections = new KnowledgeCollections(database);
        _time = time;
        _permission = permission;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        EnsureIndexes(database);
    }

    /// <summary>Creates the index of <see cref="ChangesCollection"/> (idempotent; call it outside a transaction, before taking requests).</summary>
    public static void EnsureIndexes(SafetyDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        database.Database.GetCollection<ImportChange>(ChangesCollection).EnsureIndex(c => c.ImportId);
    }

    private LiteDB.ILiteCollection<ImportRecord> Imports => _collections.Database.GetCollection<ImportRecord>(ImportsCollection);

    private LiteDB.ILiteCollection<ImportChange> Changes => _collections.Database.GetCollection<ImportChange>(ChangesCollection);

    /// <summary>Validates the whole batch and says what applying it would change, or every error. Writes nothing.</summary>
    public ImportPreview Preview(ImportBatch batch, CancellationToken cancellationToken = default) => Preview(batch, kind: null, cancellationToken);

    /// <summary>
    /// Validates <paramref name="batch"/> again and applies it in one transaction, or changes nothing and returns its errors.
    /// </summary>
    /// <exception cref="WriteRefusedException"><paramref name="actor"/> may not load data; nothing was written.</exception>
    public ImportResult Apply(ImportBatch batch, Actor actor, CancellationToken cancellationToken = default) => Apply(batch, kind: null, actor, cancellationToken);

    /// <summary>The newest import that has not been undone; null when there is none.</summary>
    public ImportRecord? LastImport() => Imports.Find(i => i.UndoneAt == null).MaxBy(i => i.Id);

    /// <summary>
    /// Undoes the newest import that has not been undone: every record it wrote is put back as it was before (deleted
    /// when it had added it), in one transaction, audited. Nothing to undo gives a result with no import.
    /// </summary>
    /// <exception cref="WriteRefusedException"><paramref name="actor"/> may not undo imports; nothing was written.</exception>
    public UndoResult UndoLast(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = _collections.InTransaction(() =>
        {
            if (!_permission.MayUndo(actor))
            {
                throw new WriteRefusedException("Only a SafetyBot admin can undo an import.");
            }

            if (LastImport() is not { } last)
            {
                return new UndoResult(null, 0);
            }

            var restored = new HashSet<(string, LiteDB.BsonValue)>();
            foreach (var change in Changes.Find(c => c.ImportId == last.Id).OrderByDescending(c => c.Id))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var collection = _collections.Database.GetCollection(change.Collection);
                if (change.Before is null)
                {
                    collection.Delete(change.DocumentId);
                }
                else
                {
                    collection.Upsert(change.Before);
                }

                _collections.Touched(change.Collection, change.DocumentId);

                restored.Add((change.Collection, change.DocumentId));
            }

            var now = _time.GetUtcNow();
            last.UndoneAt = now;
            last.UndoneByName = actor.Name;
            Imports.Update(last);
            _collections.Touched(ImportsCollection, last.Id);
            AuditRecords.Insert(_collections.Owner, now, actor, UndoneAudit, last.File, before: Summary(last), after: null);
            return new UndoResult(last, restored.Count);
        });

        if (result.Undone is { } undone)
        {
            LogUndone(_logger, undone.Id, undone.File, result.RecordsRestored);
        }

        return result;
    }

    /// <summary><see cref="Preview(ImportBatch, CancellationToken)"/> as <paramref name="kind"/> (recognised from the header when null).</summary>
    internal ImportPreview Preview(ImportBatch batch, IDataFileKind? kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (kind is null)
        {
            kind = Recognise(batch, out var problems);
            if (kind is null)
            {
                return new ImportPreview { File = batch.Name, Sha256 = batch.Sha256, Errors = problems };
            }
        }

        var target = ImportTarget.ForPreview(_collections);
        var errors = kind.Read(batch.Files, target, cancellationToken);
        return target.ToPreview(batch, kind, errors);
    }

    /// <summary><see cref="Apply(ImportBatch, Actor, CancellationToken)"/> as <paramref name="kind"/> (recognised from the header when null).</summary>
    internal ImportResult Apply(ImportBatch batch, IDataFileKind? kind, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var preview = Preview(batch, kind, cancellationToken);
        if (!preview.CanApply)
        {
            LogRefused(_logger, batch.Name, preview.Errors.Count);
            return new ImportResult(preview, 0);
        }

        kind ??= _kinds.First(k => k.Name == preview.Kind);
        try
        {
            var result = _collections.InTransaction(() => Write(batch, kind, actor, cancellationToken));
            LogImported(_logger, result.ImportId, kind.Name, batch.Name, actor.Name, Describe(result.Preview.Tallies));
            return result;
        }
        catch (FileChangedException changed)
        {
            LogRefused(_logger, batch.Name, changed.Errors.Count);
            return new ImportResult(preview with { Tallies = [], BiggestChanges = [], NewIndicators = [], Errors = changed.Errors }, 0);
        }
    }

    /// <summary>"figures: 3 added, 1 changed, 0 unchanged; indicators: ..." for logs and the command line.</summary>
    public static string Describe(IEnumerable<ImportTally> tallies) =>
        string.Join("; ", tallies.Select(t => $"{t.Noun}: {t.Added} added, {t.Changed} {(t.Noun == ImportTarget.Figures ? "superseded" : "changed")}, {t.Unchanged} unchanged"));

    private ImportResult Write(ImportBatch batch, IDataFileKind kind, Actor actor, CancellationToken cancellationToken)
    {
        if (!_permission.MayImport(actor))
        {
            throw new WriteRefusedException("Only SafetyBot analysts and admins can load data.");
        }

        var now = _time.GetUtcNow();
        var record = new ImportRecord
        {
            Kind = kind.Name,
            File = batch.Name,
            Sha256 = batch.Sha256,
            ImportedAt = now,
            ImportedBy = actor.AadObjectId,
            ImportedByName = actor.Name,
        };
        Imports.Insert(record);
        var target = ImportTarget.ForApply(_collections, record.Id, now, actor.Name, batch.Name);
        var errors = kind.Read(batch.Files, target, cancellationToken);
        if (errors.Count > 0)
        {
            throw new FileChangedException(errors);
        }

        var applied = target.ToPreview(batch, kind, []);
        record.Tallies = [.. applied.Tallies];
        Imports.Update(record);
        _collections.Touched(ImportsCollection, record.Id);
        AuditRecords.Insert(_collections.Owner, now, actor, ImportedAudit, batch.Name, before: null, after: Summary(record));
        return new ImportResult(applied, record.Id);
    }

    private static object Summary(ImportRecord record) =>
        new { record.Id, record.Kind, record.File, record.Sha256, Changes = Describe(record.Tallies) };

    /// <summary>The one kind all files of <paramref name="batch"/> are, from their headers; null with the reasons when there is none.</summary>
    private IDataFileKind? Recognise(ImportBatch batch, out IReadOnlyList<CsvError> problems)
    {
        var errors = new List<CsvError>();
        var kinds = new List<(ImportFile File, IDataFileKind Kind)>();
        foreach (var file in batch.Files)
        {
            using var stream = file.Open();
            using var reader = new CsvRecordReader(stream, file.Name, CsvLimits.Figures);
            switch (reader.ReadHeader())
            {
                case null:
                    errors.Add(new CsvError(file.Name, 1, null, "The file is empty; its first line must be the header of its layout."));
                    break;
                case { Error: { } error }:
                    errors.Add(error);
                    break;
                case var header when DataFileKinds.Recognise(_kinds, header.Fields) is { } kind:
                    kinds.Add((file, kind));
                    break;
                case var header:
                    errors.Add(DataFileKinds.Unrecognised(file.Name, header.Line));
                    break;
            }
        }

        if (errors.Count == 0 && kinds.Select(k => k.Kind).Distinct().Count() > 1)
        {
            errors.Add(new CsvError(batch.Name, 1, null, "One upload holds one kind of file, but this one mixes "
                + string.Join(", ", kinds.Select(k => $"{k.File.Name} ({k.Kind.Title})")) + ". Upload them separately."));
        }

        problems = errors;
        return errors.Count == 0 ? kinds[0].Kind : null;
    }

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "Data file {File} refused with {ErrorCount} errors; nothing changed")]
    private static partial void LogRefused(ILogger logger, string file, int errorCount);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Information, Message = "Import {ImportId} ({Kind}) of {File} applied by {ImportedBy}: {Changes}")]
    private static partial void LogImported(ILogger logger, int importId, string kind, string file, string importedBy, string changes);

    [LoggerMessage(EventId = 3113, Level = LogLevel.Information, Message = "Import {ImportId} of {File} undone: {Restored} records restored")]
    private static partial void LogUndone(ILogger logger, int importId, string file, int restored);

    /// <summary>The file was valid when checked but not when applied: it changed in between. Thrown to roll back.</summary>
    private sealed class FileChangedException(IReadOnlyList<CsvError> errors) : Exception("The file changed while it was imported.")
    {
        internal IReadOnlyList<CsvError> Errors { get; } = errors;
    }
}
