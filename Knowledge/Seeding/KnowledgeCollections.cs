using LiteDB;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge;

/// <summary>The LiteDB collections of the knowledge store (all prefixed <c>k_</c>).</summary>
internal sealed class KnowledgeCollections
{
    internal const string SeedStateId = "seed";

    internal KnowledgeCollections(SafetyDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        Owner = database;
        Database = database.Database;
        Indicators = Database.GetCollection<Indicator>("k_indicators");
        ImportedIndicators = Database.GetCollection<Indicator>("k_indicator_imports");
        Observations = Database.GetCollection<ObservationRecord>("k_observations");
        Narratives = Database.GetCollection<Narrative>("k_narratives");
        ImportedNarratives = Database.GetCollection<Narrative>("k_narrative_imports");
        Priorities = Database.GetCollection<Priority>("k_priorities");
        Programmes = Database.GetCollection<Programme>("k_programmes");
        ReviewedPriorities = Database.GetCollection<ReviewedPriority>("k_reviewed_priorities");
        Glossary = Database.GetCollection<GlossaryTerm>("k_glossary");
        Sources = Database.GetCollection<Source>("k_sources");
        KeyDates = Database.GetCollection<KeyDate>("k_key_dates");
        UncoveredTopics = Database.GetCollection<UncoveredTopic>("k_uncovered_topics");
        UncoveredPlaces = Database.GetCollection<UncoveredPlace>("k_uncovered_places");
        SeedStates = Database.GetCollection<SeedState>("k_seed_state");
    }

    internal SafetyDatabase Owner { get; }

    internal ILiteDatabase Database { get; }

    internal ILiteCollection<Indicator> Indicators { get; }

    /// <summary>Indicators added or redefined by an indicators CSV or a police.uk upload; the seed never touches them.</summary>
    internal ILiteCollection<Indicator> ImportedIndicators { get; }

    internal ILiteCollection<ObservationRecord> Observations { get; }

    internal ILiteCollection<Narrative> Narratives { get; }

    /// <summary>Narratives loaded from narratives CSV files (later assessments); the seed never touches them.</summary>
    internal ILiteCollection<Narrative> ImportedNarratives { get; }

    internal ILiteCollection<Priority> Priorities { get; }

    internal ILiteCollection<Programme> Programmes { get; }

    internal ILiteCollection<ReviewedPriority> ReviewedPriorities { get; }

    internal ILiteCollection<GlossaryTerm> Glossary { get; }

    internal ILiteCollection<Source> Sources { get; }

    internal ILiteCollection<KeyDate> KeyDates { get; }

    internal ILiteCollection<UncoveredTopic> UncoveredTopics { get; }

    internal ILiteCollection<UncoveredPlace> UncoveredPlaces { get; }

    internal ILiteCollection<SeedState> SeedStates { get; }

    /// <summary>Creates the indexes (idempotent; call outside a transaction).</summary>
    internal void EnsureIndexes()
    {
        Observations.EnsureIndex(r => r.Key);
        Observations.EnsureIndex(r => r.IndicatorId);
    }

    /// <summary>Every indicator: the seed's, each replaced by an imported definition of the same id, and the imported ones.</summary>
    internal IReadOnlyList<Indicator> AllIndicators()
    {
        var all = Indicators.FindAll().ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var imported in ImportedIndicators.FindAll())
        {
            all[imported.Id] = imported;
        }

        return [.. all.Values];
    }

    /// <summary>Every narrative: the seed's (in store order), each replaced by an imported one of the same id, then the imported ones.</summary>
    internal IReadOnlyList<Narrative> AllNarratives()
    {
        var imported = ImportedNarratives.FindAll().ToDictionary(n => n.Id, StringComparer.Ordinal);
        var all = Narratives.FindAll().Select(n => imported.Remove(n.Id, out var replaced) ? replaced : n).ToList();
        all.AddRange(imported.Values);
        return all;
    }

    /// <summary>The running write wrote or deleted record <paramref name="id"/> of <paramref name="collection"/> (see <see cref="SafetyDatabase.Touched"/>).</summary>
    internal void Touched(string collection, BsonValue id) => Owner.Touched(collection, id);

    /// <summary>Current (not superseded) figures.</summary>
    internal IEnumerable<ObservationRecord> CurrentRecords() => Observations.Find(r => r.IsCurrent);

    /// <summary>
    /// Runs <paramref name="work"/> in one LiteDB transaction (see <see cref="SafetyDatabase.InTransaction"/>), shared with
    /// the other instances when the store is (<see cref="SafetyDatabase.WriteShared"/>; mark each record written with <see cref="Touched"/>).
    /// Either way, in-memory readers reload the knowledge afterwards (<see cref="SafetyDatabase.KnowledgeVersion"/>).
    /// </summary>
    internal T InTransaction<T>(Func<T> work)
    {
        try
        {
            return Owner.WriteShared(Owner.KnowledgeGate, work);
        }
        finally
        {
            Owner.KnowledgeChanged();
        }
    }
}
