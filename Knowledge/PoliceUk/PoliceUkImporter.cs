using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>
/// Loads police.uk street-level crime files (one or many months, one or many forces) as Cambridge City counts
/// (<see cref="PoliceUkAggregation"/>) under the indicators of <see cref="PoliceUkCrimeTypes"/>, creating those
/// the store lacks. <see cref="Plan"/> validates every file and works out the changes without writing (the
/// preview); <see cref="Apply"/> writes them in one transaction. A figure that would replace one of another
/// source for the same indicator, area and period (an assessment's figure) is left out and reported, never
/// silently swapped for a count made another way.
/// </summary>
public sealed partial class PoliceUkImporter
{
    /// <summary>The limits of police.uk files: a force's month is a few thousand to a hundred thousand rows.</summary>
    public static CsvLimits Limits { get; } = new() { MaxRecords = 1_000_000, MaxFileBytes = 256L * 1024 * 1024 };

    private readonly KnowledgeCollections _collections;
    private readonly TimeProvider _time;
    private readonly PoliceUkOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates an importer over <paramref name="database"/> (which must already be seeded).</summary>
    public PoliceUkImporter(SafetyDatabase database, TimeProvider time, PoliceUkOptions options, ILogger<PoliceUkImporter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        var valid = new PoliceUkOptionsValidator().Validate(null, options);
        if (valid.Failed)
        {
            throw new ArgumentException(valid.FailureMessage, nameof(options));
        }

        _collections = new KnowledgeCollections(database);
        _time = time;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Validates every file and works out what the upload would change; writes nothing.</summary>
    public PoliceUkPlan Plan(IReadOnlyList<PoliceUkFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            throw new ArgumentException("An upload has at least one file.", nameof(files));
        }

        var names = files.Select(f => f.Name).ToList();
        var errors = new List<CsvError>();
        var tally = new PoliceUkReader(_options, Limits).Read(files, errors, cancellationToken);
        if (errors.Count == 0 && tally.Months.Count == 0)
        {
            errors.Add(new CsvError(files[0].Name, 2, null, "The files hold no records: nothing to load."));
        }

        if (errors.Count > 0)
        {
            return new PoliceUkPlan(names, errors, string.Empty, [], [], [], 0, [], [], tally);
        }

        var indicators = _collections.AllIndicators().Select(i => i.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var newIndicators = PoliceUkCrimeTypes.All
            .Where(t => !indicators.Contains(t.IndicatorId))
            .Select(t => t.Creates ?? throw new InvalidOperationException($"The assessment indicator '{t.IndicatorId}' is missing from the store."))
            .ToList();

        var added = new List<Observation>();
        var superseded = new List<(Observation, Observation)>();
        var kept = new List<Observation>();
        var unchanged = 0;
        foreach (var figure in PoliceUkAggregation.Figures(tally, _options.DistrictLsoaPrefix))
        {
            var key = figure.Key;
            var current = _collections.Observations.FindOne(r => r.Key == key && r.IsCurrent)?.Observation;
            if (current is null)
            {
                added.Add(figure);
            }
            else if (current.Provenance.OriginalSource != PoliceUkCrimeTypes.SourceName)
            {
                kept.Add(figure);
            }
            else if (current.Value == figure.Value)
            {
                unchanged++;
            }
            else
            {
                superseded.Add((current, figure));
            }
        }

        var range = PoliceUkAggregation.MonthRange(tally.Months.Min(), tally.Months.Max());
        return new PoliceUkPlan(names, [], range, newIndicators, added, superseded, unchanged, kept,
            PoliceUkAggregation.IncompleteQuarters(tally.Months), tally);
    }

    /// <summary>Writes a valid plan in one transaction; a plan with errors is refused and nothing changes.</summary>
    public ImportReport Apply(PoliceUkPlan plan, string importedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(importedBy);
        var file = string.Join(", ", plan.Files);
        if (!plan.IsValid)
        {
            LogRefused(_logger, file, plan.Errors.Count);
            return new ImportReport(file, plan.Errors, 0, 0, 0);
        }

        var now = _time.GetUtcNow();
        _collections.InTransaction(() =>
        {
            foreach (var indicator in plan.NewIndicators)
            {
                _collections.ImportedIndicators.Upsert(indicator);
            }

            foreach (var figure in plan.Added.Concat(plan.Superseded.Select(s => s.After)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = figure.Key;
                var current = _collections.Observations.FindOne(r => r.Key == key && r.IsCurrent);
                var id = _collections.Observations.Insert(new ObservationRecord
                {
                    Key = key,
                    IndicatorId = figure.IndicatorId,
                    Observation = figure,
                    Origin = ObservationOrigin.Import,
                    IsCurrent = true,
                    RecordedAt = now,
                    RecordedBy = importedBy,
                    SourceFile = file.Length <= 500 ? file : file[..497] + "...",
                }).AsInt64;
                if (current is not null)
                {
                    _collections.Observations.Update(current with { IsCurrent = false, SupersededAt = now, SupersededById = id });
                }
            }

            return 0;
        });
        LogImported(_logger, plan.Files.Count, plan.MonthRange, importedBy, plan.Added.Count, plan.Superseded.Count, plan.NewIndicators.Count);
        return new ImportReport(file, [], plan.Added.Count, plan.Superseded.Count, plan.Unchanged);
    }

    /// <summary>Validates and applies the files (the command line's import).</summary>
    public ImportReport Import(IReadOnlyList<PoliceUkFile> files, string importedBy, CancellationToken cancellationToken = default) =>
        Apply(Plan(files, cancellationToken), importedBy, cancellationToken);

    [LoggerMessage(EventId = 3121, Level = LogLevel.Warning, Message = "police.uk files {Files} refused with {ErrorCount} errors; nothing changed")]
    private static partial void LogRefused(ILogger logger, string files, int errorCount);

    [LoggerMessage(EventId = 3122, Level = LogLevel.Information,
        Message = "{FileCount} police.uk files ({Months}) imported by {ImportedBy}: {Added} figures added, {Superseded} superseded, {NewIndicators} indicators created")]
    private static partial void LogImported(ILogger logger, int fileCount, string months, string importedBy, int added, int superseded, int newIndicators);
}
