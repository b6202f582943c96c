using LiteDB;

namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// Where a <see cref="IDataFileKind"/> puts what it reads. Previewing, it compares each record with the store and counts;
/// applying (inside the import's transaction), it also writes it and records the record as it was before in
/// <c>k_import_changes</c>, so that the import can be undone exactly. Kinds never write to the store themselves.
/// </summary>
internal sealed class ImportTarget
{
    /// <summary>The tally noun of figures.</summary>
    internal const string Figures = "figures";

    /// <summary>The tally noun of indicators.</summary>
    internal const string Indicators = "indicators";

    /// <summary>The tally noun of narratives.</summary>
    internal const string Narratives = "narratives";

    private readonly KnowledgeCollections _collections;
    private readonly Applying? _applying;
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly HashSet<string> _indicatorIds;
    private readonly List<(string Noun, int[] Counts)> _tallies = [];
    private readonly List<FigureChange> _biggest = [];
    private readonly List<string> _newIndicators = [];
    private readonly List<string> _notes = [];

    private ImportTarget(KnowledgeCollections collections, Applying? applying)
    {
        _collections = collections;
        _applying = applying;
        _indicators = collections.AllIndicators().ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        _indicatorIds = new HashSet<string>(_indicators.Keys, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True while previewing (nothing is written).</summary>
    internal bool IsPreview => _applying is null;

    /// <summary>The store's collections, to read (and to name in <see cref="Put{T}"/>).</summary>
    internal KnowledgeCollections Collections => _collections;

    /// <summary>The ids of the store's indicators and of those this import has put so far.</summary>
    internal IReadOnlySet<string> IndicatorIds => _indicatorIds;

    /// <summary>Every indicator, as this import leaves it so far.</summary>
    internal IEnumerable<Indicator> AllIndicators => _indicators.Values;

    /// <summary>The indicator with <paramref name="id"/>, as this import leaves it so far; null when there is none.</summary>
    internal Indicator? FindIndicator(string id) => _indicators.GetValueOrDefault(id);

    /// <summary>A target that only compares and counts.</summary>
    internal static ImportTarget ForPreview(KnowledgeCollections collections) => new(collections, applying: null);

    /// <summary>A target that writes, inside the transaction of import <paramref name="importId"/>.</summary>
    internal static ImportTarget ForApply(KnowledgeCollections collections, int importId, DateTimeOffset now, string importedBy, string file) =>
        new(collections, new Applying(importId, now, importedBy, file));

    /// <summary>
    /// A figure: added when the store has none for its key, superseding the current one when it differs (the old one
    /// stays readable as history), nothing when it is the same.
    /// </summary>
    /// <param name="figure">The figure.</param>
    /// <param name="sourceFile">The file it came from, kept in its history; the upload's name when null.</param>
    internal void PutFigure(Observation figure, string? sourceFile = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var key = figure.Key;
        var current = _collections.Observations.FindOne(r => r.Key == key && r.IsCurrent);
        if (current is not null && current.Observation == figure)
        {
            Count(Figures, unchanged: 1);
            return;
        }

        if (current is null)
        {
            Count(Figures, added: 1);
        }
        else
        {
            Count(Figures, changed: 1);
            KeepIfBiggest(new FigureChange(FindIndicator(figure.IndicatorId)?.DisplayName ?? figure.IndicatorId, current.Observation, figure));
        }

        if (_applying is not { } applying)
        {
            return;
        }

        var id = _collections.Observations.Insert(new ObservationRecord
        {
            Key = key,
            IndicatorId = figure.IndicatorId,
            Observation = figure,
            Origin = ObservationOrigin.Import,
            IsCurrent = true,
            RecordedAt = applying.Now,
            RecordedBy = applying.ImportedBy,
            SourceFile = sourceFile ?? applying.File,
        });
        _collections.Touched(_collections.Observations.Name, id);
        Journal(_collections.Observations.Name, id, before: null);
        if (current is not null)
        {
            Journal(_collections.Observations.Name, current.Id, _collections.Database.GetCollection(_collections.Observations.Name).FindById(current.Id));
            _collections.Observations.Update(current with { IsCurrent = false, SupersededAt = applying.Now, SupersededById = id.AsInt64 });
            _collections.Touched(_collections.Observations.Name, current.Id);
        }
    }

    /// <summary>
    /// An indicator definition, added or replacing the one with its id. Imported definitions are kept in their own
    /// collection (<see cref="KnowledgeCollections.ImportedIndicators"/>), which a seed upgrade never touches; one
    /// of the seed's ids redefines that indicator (counted as changed, not new).
    /// </summary>
    internal void PutIndicator(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var current = FindIndicator(indicator.Id);
        if (current is not null && current.SameDefinitionAs(indicator))
        {
            Count(Indicators, unchanged: 1);
            return;
        }

        Count(Indicators, added: current is null ? 1 : 0, changed: current is null ? 0 : 1);
        if (current is null)
        {
            _newIndicators.Add(indicator.DisplayName);
        }

        if (_applying is not null)
        {
            var collection = _collections.ImportedIndicators;
            Journal(collection.Name, indicator.Id, _collections.Database.GetCollection(collection.Name).FindById(indicator.Id));
            collection.Upsert(indicator);
            _collections.Touched(collection.Name, indicator.Id);
        }

        _indicators[indicator.Id] = indicator;
        _indicatorIds.Add(indicator.Id);
    }

    /// <summary>Something the preview must say that no count shows, e.g. a quarter left out because a month is missing.</summary>
    internal void Note(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        _notes.Add(note);
    }

    /// <summary>
    /// A piece of analysis text, added or replacing the one with its id. Imported narratives are kept in their own
    /// collection (<see cref="KnowledgeCollections.ImportedNarratives"/>), which a seed upgrade never touches.
    /// </summary>
    internal void PutNarrative(Narrative narrative)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        Put(_collections.ImportedNarratives, Narratives, narrative.Id, narrative);
    }

    /// <summary>
    /// Any record kept by id in a knowledge collection: added when the collection has none with <paramref name="id"/>,
    /// replacing it when it differs (field by field, as stored), nothing when it is the same.
    /// </summary>
    /// <param name="collection">The collection (one of <see cref="Collections"/>).</param>
    /// <param name="noun">What to count it as in the preview ("indicators").</param>
    /// <param name="id">The record's id.</param>
    /// <param name="record">The record.</param>
    internal Outcome Put<T>(ILiteCollection<T> collection, string noun, BsonValue id, T record)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(record);
        var before = _collections.Database.GetCollection(collection.Name).FindById(id);
        if (before is not null && before.Equals(_collections.Database.Mapper.ToDocument(record)))
        {
            Count(noun, unchanged: 1);
            return Outcome.Unchanged;
        }

        Count(noun, added: before is null ? 1 : 0, changed: before is null ? 0 : 1);
        if (_applying is not null)
        {
            Journal(collection.Name, id, before);
            collection.Upsert(record);
            _collections.Touched(collection.Name, id);
        }

        return before is null ? Outcome.Added : Outcome.Changed;
    }

    /// <summary>What the import did, as a preview of itself (with <paramref name="errors"/>, nothing else is shown).</summary>
    internal ImportPreview ToPreview(ImportBatch batch, IDataFileKind kind, IReadOnlyList<Csv.CsvError> errors) => new()
    {
        File = batch.Name,
        Sha256 = batch.Sha256,
        Kind = kind.Name,
        KindTitle = kind.Title,
        Errors = errors,
        Tallies = errors.Count > 0 ? [] : [.. _tallies.Select(t => new ImportTally(t.Noun, t.Counts[0], t.Counts[1], t.Counts[2]))],
        BiggestChanges = errors.Count > 0 ? [] : [.. _biggest.OrderByDescending(c => c.Size)],
        NewIndicators = errors.Count > 0 ? [] : _newIndicators,
        Notes = errors.Count > 0 ? [] : _notes,
    };

    private void Count(string noun, int added = 0, int changed = 0, int unchanged = 0)
    {
        var index = _tallies.FindIndex(t => t.Noun == noun);
        if (index < 0)
        {
            _tallies.Add((noun, new int[3]));
            index = _tallies.Count - 1;
        }

        var counts = _tallies[index].Counts;
        counts[0] += added;
        counts[1] += changed;
        counts[2] += unchanged;
    }

    private void KeepIfBiggest(FigureChange change)
    {
        if (_biggest.Count < DataImporter.BiggestChangesShown)
        {
            _biggest.Add(change);
            return;
        }

        var smallest = _biggest.MinBy(c => c.Size)!;
        if (change.Size > smallest.Size)
        {
            _biggest[_biggest.IndexOf(smallest)] = change;
        }
    }

    private void Journal(string collection, BsonValue id, BsonDocument? before) =>
        _collections.Touched(DataImporter.ChangesCollection, _collections.Database.GetCollection<ImportChange>(DataImporter.ChangesCollection).Insert(new ImportChange
        {
            ImportId = _applying!.ImportId,
            Collection = collection,
            DocumentId = id,
            Before = before,
        }));

    /// <summary>What <see cref="Put{T}"/> found.</summary>
    internal enum Outcome
    {
        /// <summary>The record is new.</summary>
        Added,

        /// <summary>The record replaces a different one.</summary>
        Changed,

        /// <summary>The record is the same as the store's.</summary>
        Unchanged,
    }

    private sealed record Applying(int ImportId, DateTimeOffset Now, string ImportedBy, string File);
}
