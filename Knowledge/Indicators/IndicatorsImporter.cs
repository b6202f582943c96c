using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Indicators;

/// <summary>
/// Adds or redefines indicators from an indicators CSV (<see cref="IndicatorsCsvLayout"/>). The whole file is
/// validated first (<see cref="Plan"/>: the preview, nothing written); <see cref="Apply"/> writes it in one
/// transaction. Imported definitions live apart from the seed's, so a seed upgrade never undoes them, and the
/// knowledge version changes with the write: vocabulary, topic resolution and the passage index are rebuilt
/// from the next snapshot, so the new indicators are answerable at once. Indicators are never removed
/// (figures refer to them).
/// </summary>
public sealed partial class IndicatorsImporter
{
    /// <summary>The limits of indicators files: a few thousand rows at most.</summary>
    public static CsvLimits Limits { get; } = new() { MaxRecords = 5_000, MaxFileBytes = 8L * 1024 * 1024 };

    private readonly KnowledgeCollections _collections;
    private readonly ILogger _logger;

    /// <summary>Creates an importer over <paramref name="database"/> (which must already be seeded).</summary>
    public IndicatorsImporter(SafetyDatabase database, ILogger<IndicatorsImporter>? logger = null)
    {
        _collections = new KnowledgeCollections(database);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Validates the file and works out what it would change; writes nothing.</summary>
    public IndicatorsPlan Plan(Stream csv, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var errors = new List<CsvError>();
        var rows = IndicatorsCsvParser.Parse(csv, fileName, Limits, errors, cancellationToken);
        var existing = _collections.AllIndicators().ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        var fileIds = rows.Select(r => r.Indicator.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var namesInUse = existing.Values
            .Where(i => !fileIds.Contains(i.Id))
            .GroupBy(i => TextMatch.Normalise(i.DisplayName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

        var added = new List<Indicator>();
        var updated = new List<(Indicator, Indicator)>();
        var unchanged = 0;
        foreach (var (line, indicator) in rows)
        {
            if (namesInUse.TryGetValue(TextMatch.Normalise(indicator.DisplayName), out var other))
            {
                errors.Add(new CsvError(fileName, line, IndicatorsCsvLayout.DisplayName, $"'{indicator.DisplayName}' is already the name of indicator '{other}'; each indicator needs its own name."));
                continue;
            }

            if (!existing.TryGetValue(indicator.Id, out var current))
            {
                added.Add(indicator);
            }
            else if (Same(current, indicator))
            {
                unchanged++;
            }
            else
            {
                updated.Add((current, indicator with { Id = current.Id }));
            }
        }

        return errors.Count > 0
            ? new IndicatorsPlan(fileName, errors, [], [], 0)
            : new IndicatorsPlan(fileName, [], added, updated, unchanged);
    }

    /// <summary>Writes a valid plan in one transaction; a plan with errors is refused and nothing changes.</summary>
    public ImportReport Apply(IndicatorsPlan plan, string importedBy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        if (!plan.IsValid)
        {
            LogRefused(_logger, plan.File, plan.Errors.Count);
            return new ImportReport(plan.File, plan.Errors, 0, 0, 0);
        }

        _collections.InTransaction(() =>
        {
            foreach (var indicator in plan.Added.Concat(plan.Updated.Select(u => u.After)))
            {
                _collections.ImportedIndicators.Upsert(indicator);
            }

            return 0;
        });
        LogImported(_logger, plan.File, importedBy, plan.Added.Count, plan.Updated.Count, plan.Unchanged);
        return new ImportReport(plan.File, [], plan.Added.Count, plan.Updated.Count, plan.Unchanged);
    }

    /// <summary>Validates and applies the file (the command line's import).</summary>
    public ImportReport Import(Stream csv, string fileName, string importedBy, CancellationToken cancellationToken = default) =>
        Apply(Plan(csv, fileName, cancellationToken), importedBy);

    /// <summary>True when two definitions are the same in every field (synonyms in order).</summary>
    internal static bool Same(Indicator a, Indicator b) =>
        a with { Synonyms = [] } == b with { Synonyms = [] } && a.Synonyms.SequenceEqual(b.Synonyms, StringComparer.Ordinal);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "Indicators file {File} refused with {ErrorCount} errors; nothing changed")]
    private static partial void LogRefused(ILogger logger, string file, int errorCount);

    [LoggerMessage(EventId = 3112, Level = LogLevel.Information,
        Message = "Indicators file {File} imported by {ImportedBy}: {Added} added, {Updated} redefined, {Unchanged} unchanged")]
    private static partial void LogImported(ILogger logger, string file, string importedBy, int added, int updated, int unchanged);
}
