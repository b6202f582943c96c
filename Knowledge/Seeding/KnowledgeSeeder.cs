using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge;

/// <summary>
/// Loads the embedded seed into the store on first start and upgrades it in place when the seed
/// changes. Reference content (indicators, narratives, priorities, glossary, sources, dates) is
/// replaced by the seed's. Seed figures are corrected in place; imported figures and history are
/// never touched, and a seed figure whose key has a current imported figure stays superseded.
/// </summary>
public static partial class KnowledgeSeeder
{
    /// <summary>Applies the embedded seed unless the store already holds this version. Synchronous; one transaction.</summary>
    public static SeedResult EnsureSeeded(SafetyDatabase database, TimeProvider time, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        logger ??= NullLogger.Instance;

        var seed = SeedData.Load();
        var collections = new KnowledgeCollections(database);
        collections.EnsureIndexes();
        if (Kept(collections, seed) is { } kept)
        {
            LogIfNewerKept(logger, kept);
            return kept;
        }

        var now = time.GetUtcNow();
        // Asked again inside the write: another instance sharing the store may have applied it (or a newer one) meanwhile.
        var result = collections.InTransaction(() => Kept(collections, seed) ?? Apply(collections, seed, now));
        if (result.Applied)
        {
            LogSeedApplied(logger, result.Hash, result.Revision, result.FiguresAdded, result.FiguresUpdated, result.FiguresRemoved);
        }

        LogIfNewerKept(logger, result);
        return result;
    }

    /// <summary>
    /// The result when the store's seed stays as it is: it is this seed, or one of a higher revision (a newer build
    /// sharing the store applied it); null when this seed is to be applied.
    /// </summary>
    private static SeedResult? Kept(KnowledgeCollections collections, SeedData seed)
    {
        var stored = collections.SeedStates.FindById(KnowledgeCollections.SeedStateId);
        if (stored is null)
        {
            return null;
        }

        if (stored.Hash == seed.Hash)
        {
            return new SeedResult(SeedOutcome.Unchanged, seed.Hash, seed.Revision, stored.Revision, 0, 0, 0);
        }

        return stored.Revision > seed.Revision
            ? new SeedResult(SeedOutcome.NewerKept, seed.Hash, seed.Revision, stored.Revision, 0, 0, 0)
            : null;
    }

    private static void LogIfNewerKept(ILogger logger, SeedResult result)
    {
        if (result.Outcome == SeedOutcome.NewerKept)
        {
            LogNewerKept(logger, result.StoreRevision, result.Revision);
        }
    }

    private static SeedResult Apply(KnowledgeCollections collections, SeedData seed, DateTimeOffset now)
    {
        Replace(collections, collections.Indicators, seed.Indicators);
        Replace(collections, collections.Narratives, seed.Narratives);
        Replace(collections, collections.Priorities, seed.Priorities);
        Replace(collections, collections.Programmes, seed.Programmes);
        Replace(collections, collections.ReviewedPriorities, seed.ReviewedPriorities);
        Replace(collections, collections.Glossary, seed.Glossary);
        Replace(collections, collections.Sources, seed.Sources);
        Replace(collections, collections.KeyDates, seed.KeyDates);
        Replace(collections, collections.UncoveredTopics, seed.UncoveredTopics);
        Replace(collections, collections.UncoveredPlaces, seed.UncoveredPlaces);

        var (added, updated, removed) = ApplyFigures(collections, seed.Observations, now);
        collections.SeedStates.Upsert(new SeedState { Id = KnowledgeCollections.SeedStateId, Hash = seed.Hash, Revision = seed.Revision, AppliedAt = now });
        collections.Touched(collections.SeedStates.Name, KnowledgeCollections.SeedStateId);
        return new SeedResult(SeedOutcome.Applied, seed.Hash, seed.Revision, seed.Revision, added, updated, removed);
    }

    private static (int Added, int Updated, int Removed) ApplyFigures(
        KnowledgeCollections collections, IReadOnlyList<Observation> figures, DateTimeOffset now)
    {
        var seedRecords = collections.Observations.Find(r => r.Origin == ObservationOrigin.Seed).ToDictionary(r => r.Key);
        var current = collections.CurrentRecords().ToDictionary(r => r.Key);
        int added = 0, updated = 0;
        foreach (var figure in figures)
        {
            var key = figure.Key;
            if (seedRecords.Remove(key, out var existing))
            {
                if (existing.Observation != figure)
                {
                    collections.Observations.Update(existing with { Observation = figure, RecordedAt = now });
                    collections.Touched(collections.Observations.Name, existing.Id);
                    updated++;
                }

                continue;
            }

            // A figure new to the seed: if an import already holds the key, the seed figure joins its history.
            var importCurrent = current.GetValueOrDefault(key);
            var id = collections.Observations.Insert(new ObservationRecord
            {
                Key = key,
                IndicatorId = figure.IndicatorId,
                Observation = figure,
                Origin = ObservationOrigin.Seed,
                IsCurrent = importCurrent is null,
                RecordedAt = now,
                RecordedBy = SeedData.RecordedBy,
                SourceFile = SeedData.ResourcePrefix + "observations.json",
                SupersededAt = importCurrent is null ? null : now,
                SupersededById = importCurrent?.Id,
            });
            collections.Touched(collections.Observations.Name, id);
            added++;
        }

        foreach (var stale in seedRecords.Values)
        {
            collections.Observations.Delete(stale.Id);
            collections.Touched(collections.Observations.Name, stale.Id);
        }

        return (added, updated, seedRecords.Count);
    }

    private static void Replace<T>(KnowledgeCollections collections, LiteDB.ILiteCollection<T> collection, IEnumerable<T> items)
    {
        collection.DeleteAll();
        collection.InsertBulk(items);
        collections.Owner.TouchedAll(collection.Name);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Knowledge seed {Hash} (revision {Revision}) applied: {Added} figures added, {Updated} corrected, {Removed} removed")]
    private static partial void LogSeedApplied(ILogger logger, string hash, int revision, int added, int updated, int removed);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "The store holds seed revision {StoreRevision}, newer than this build's revision {Revision}: kept (a newer build shares the store); this build answers from it")]
    private static partial void LogNewerKept(ILogger logger, int storeRevision, int revision);
}
