using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using SafetyBot.Knowledge.Imports;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// The knowledge (indicators, figures with their history, narratives, priorities, programmes, glossary, sources, key
/// dates, uncovered topics) and the live data (imports and their undo journal, data analysts, waiting upload previews)
/// on PostgreSQL, shared by every instance. PostgreSQL holds them (<c>k_observations</c>, <c>k_imports</c>,
/// <c>k_import_changes</c>, <c>knowledge_documents</c>, <c>knowledge_state</c>); each instance reads them from its local LiteDB collections, a copy brought up to date
/// (<see cref="CatchUp"/>) before each write, and whenever <see cref="ListenAsync"/> hears that another instance wrote.
/// A write runs under a transaction-level advisory lock, so writes of all instances are serialised and each moves the
/// stored version on by one; the records it marked, its audit entries, the version and a <c>NOTIFY</c> on
/// <see cref="Channel"/> are committed together, and only then the local LiteDB transaction.
/// </summary>
public sealed partial class PostgreSqlKnowledge : ISharedKnowledge
{
    /// <summary>The channel every knowledge write notifies (its payload is the new version).</summary>
    public const string Channel = "safetybot_knowledge";

    /// <summary>The advisory lock key of knowledge writes ("SBknowlg" as eight bytes).</summary>
    internal const long WriteLockKey = 0x5342_6B6E_6F77_6C67;

    /// <summary>The local collection that says which store and version the copy holds (never shared).</summary>
    internal const string CopyCollection = "k_copy";

    private const string ObservationsCollection = "k_observations";

    /// <summary>
    /// The collections with a table of their own (named as the collection: a numeric id, columns and constraints drawn
    /// from the record); every other is kept in <c>knowledge_documents</c>.
    /// </summary>
    internal static readonly HashSet<string> OwnTables = new(StringComparer.Ordinal)
    {
        ObservationsCollection, DataImporter.ImportsCollection, DataImporter.ChangesCollection,
    };

    /// <summary>The local collections kept in PostgreSQL.</summary>
    public static IReadOnlyList<string> Collections { get; } =
    [
        "k_indicators", "k_indicator_imports", ObservationsCollection, "k_narratives", "k_narrative_imports", "k_priorities",
        "k_programmes", "k_reviewed_priorities", "k_glossary", "k_sources", "k_key_dates", "k_uncovered_topics", "k_uncovered_places",
        "k_seed_state",
        DataImporter.ImportsCollection, DataImporter.ChangesCollection, AnalystRoster.CollectionName,
        PendingImports.CollectionName, PendingImports.FilesCollection, PendingImports.ChunksCollection,
    ];

    private static readonly HashSet<string> Shared = new(Collections, StringComparer.Ordinal);

    private readonly PostgreSqlDatabase _postgres;
    private readonly SafetyDatabase _local;
    private readonly ILogger _logger;
    private Writing? _writing;
    private long _version = -1;

    /// <summary>From now on the knowledge and live data of <paramref name="local"/> are kept in <paramref name="postgres"/>.</summary>
    public PostgreSqlKnowledge(PostgreSqlDatabase postgres, SafetyDatabase local, ILogger<PostgreSqlKnowledge>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(postgres);
        ArgumentNullException.ThrowIfNull(local);
        _postgres = postgres;
        _local = local;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        local.Share(this);
    }

    /// <summary>The stored version the local copy holds (-1 before the first <see cref="CatchUp"/>).</summary>
    public long Version
    {
        get => Interlocked.Read(ref _version);
        private set => Interlocked.Exchange(ref _version, value);
    }

    /// <summary>
    /// Brings the local copy up to the stored version: the records written since (or, when the copy is of another store
    /// or of none, every record). True when it changed anything; the in-memory knowledge then reloads.
    /// </summary>
    public bool CatchUp()
    {
        lock (_local.KnowledgeGate)
        {
            using var connection = _postgres.DataSource.OpenConnection();
            return CatchUpOn(connection, null);
        }
    }

    /// <summary>
    /// Listens on <see cref="Channel"/> until <paramref name="cancellationToken"/> is cancelled, catching up after each
    /// notification; after a lost connection it connects again (every <paramref name="retry"/>) and catches up, so a
    /// write made while it was not listening is read too.
    /// </summary>
    public Task ListenAsync(TimeProvider time, TimeSpan retry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        return PostgreSqlListener.ListenAsync(
            _postgres,
            Channel,
            notified: _ => { },
            caughtUp: (_, listening, _) =>
            {
                // Right after LISTEN, a write made before it took effect was not announced: compare the stored version.
                CatchUpAndLog();
                if (listening)
                {
                    LogListening(_logger, Channel, Version);
                }

                return Task.CompletedTask;
            },
            lost: exception => LogListenerLost(_logger, PostgreSqlDatabase.CauseOf(exception), retry),
            time,
            retry,
            cancellationToken);
    }

    T ISharedKnowledge.Write<T>(Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var connection = _postgres.DataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriteLockKey})");
        CatchUpOn(connection, transaction);

        var db = _local.Database;
        var writing = new Writing();
        _writing = writing;
        db.BeginTrans();
        T result;
        long version;
        try
        {
            result = write();
            if (writing.IsEmpty)
            {
                db.Commit();
                return result;
            }

            version = Sql.Query(connection, transaction, "UPDATE knowledge_state SET version = version + 1 RETURNING version", r => r.GetInt64(0))[0];
            Push(connection, transaction, writing, version);
            Sql.Execute(connection, transaction, "SELECT pg_notify($1, $2)", Channel, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
            RecordCopy(StoreId!.Value, version);
            transaction.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
        finally
        {
            _writing = null;
        }

        // The write is in the shared store: whatever happens to the local copy now, it is not undone or reported as failed.
        try
        {
            LocalCommitting?.Invoke();
            db.Commit();
            Version = version;
        }
        catch (Exception exception) when (exception is IOException or LiteException or UnauthorizedAccessException)
        {
            // The copy still says the version before: read this write back from the shared store now, or at the
            // listener's next catch-up if the local file refuses that too.
            db.Rollback();
            LogCopyBehind(_logger, version, exception);
            TryCatchUpAfterOwnWrite(connection);
        }

        return result;
    }

    void ISharedKnowledge.Touched(string collection, BsonValue id) => Current(collection).Ids.Add((collection, id));

    void ISharedKnowledge.TouchedAll(string collection) => Current(collection).All.Add(collection);

    void ISharedKnowledge.Audit(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        (_writing ?? throw new InvalidOperationException("An audit entry is written inside a shared write.")).Audits.Add(entry);
    }

    private Guid? StoreId { get; set; }

    private Writing Current(string collection)
    {
        if (!Shared.Contains(collection))
        {
            throw new InvalidOperationException($"{collection} is not a shared collection.");
        }

        return _writing ?? throw new InvalidOperationException("Records are marked inside a shared write.");
    }

    /// <summary>For tests: runs after the shared store committed a write and before the local copy commits it.</summary>
    internal Action? LocalCommitting { get; set; }

    /// <summary>After the local copy failed to commit this instance's own write: reads it back now if the file allows.</summary>
    private void TryCatchUpAfterOwnWrite(NpgsqlConnection connection)
    {
        try
        {
            CatchUpOn(connection, null);
        }
        catch (Exception exception) when (exception is IOException or LiteException or UnauthorizedAccessException or NpgsqlException)
        {
            // The listener's next catch-up (a notification, or its quiet check) tries again.
            LogCopyBehind(_logger, Version, exception);
        }
    }

    private void CatchUpAndLog()
    {
        var before = Version;
        lock (_local.KnowledgeGate)
        {
            using var connection = _postgres.DataSource.OpenConnection();
            if (CatchUpOn(connection, null))
            {
                LogCaughtUp(_logger, before, Version);
            }
        }
    }

    /// <summary>Brings the copy up to date; the caller holds the knowledge gate.</summary>
    private bool CatchUpOn(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        var (stored, storeId) = Sql.Query(connection, transaction, "SELECT version, store_id FROM knowledge_state", r => (r.GetInt64(0), r.GetGuid(1)))[0];
        var copy = _local.Database.GetCollection(CopyCollection).FindById("postgresql");
        var whole = copy is null || copy["Store"].AsString != storeId.ToString("N");
        var since = whole ? 0 : copy!["Version"].AsInt64;
        StoreId = storeId;
        if (!whole && since == stored)
        {
            Version = stored;
            return false;
        }

        var rows = Sql.Query(connection, transaction, "SELECT collection, id, doc::text FROM knowledge_documents WHERE version > $1",
            r => (Collection: r.GetString(0), Id: BsonJson.Read(r.GetString(1)), Doc: Sql.TextOrNull(r, 2)), since);
        foreach (var table in OwnTables)
        {
            rows.AddRange(Sql.Query(connection, transaction, $"SELECT id, doc::text FROM {table} WHERE version > $1",
                r => (Collection: table, Id: r.GetFieldValue<object>(0) is int small ? new BsonValue(small) : new BsonValue(r.GetInt64(0)), Doc: Sql.TextOrNull(r, 1)), since));
        }

        var db = _local.Database;
        db.BeginTrans();
        try
        {
            if (whole)
            {
                foreach (var name in Collections)
                {
                    db.GetCollection(name).DeleteAll();
                }
            }

            foreach (var (collection, id, doc) in rows)
            {
                if (doc is null)
                {
                    db.GetCollection(collection).Delete(id);
                }
                else
                {
                    db.GetCollection(collection).Upsert(BsonJson.Read(doc).AsDocument);
                }
            }

            RecordCopy(storeId, stored);
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }

        Version = stored;
        if (whole || rows.Any(r => r.Collection.StartsWith("k_", StringComparison.Ordinal)))
        {
            // Analysts and upload previews are read from the copy when asked; only the knowledge is held in memory.
            _local.KnowledgeChanged();
        }

        return true;
    }

    private void RecordCopy(Guid storeId, long version) =>
        _local.Database.GetCollection(CopyCollection).Upsert(new BsonDocument
        {
            ["_id"] = "postgresql",
            ["Store"] = storeId.ToString("N"),
            ["Version"] = version,
        });

    private void Push(NpgsqlConnection connection, NpgsqlTransaction transaction, Writing writing, long version)
    {
        var db = _local.Database;
        var documents = new Dictionary<(string Collection, string Id), string?>();
        foreach (var collection in writing.All)
        {
            var stored = Sql.Query(connection, transaction, "SELECT id FROM knowledge_documents WHERE collection = $1 AND doc IS NOT NULL", r => r.GetString(0), collection);
            foreach (var id in stored)
            {
                documents[(collection, id)] = null;
            }

            foreach (var doc in db.GetCollection(collection).FindAll())
            {
                documents[(collection, BsonJson.Write(doc["_id"]))] = BsonJson.Write(doc);
            }
        }

        var owned = new Dictionary<string, Dictionary<long, BsonDocument?>>(StringComparer.Ordinal);
        foreach (var (collection, id) in writing.Ids)
        {
            var doc = db.GetCollection(collection).FindById(id);
            if (OwnTables.Contains(collection))
            {
                (owned.TryGetValue(collection, out var records) ? records : owned[collection] = [])[id.AsInt64] = doc;
            }
            else
            {
                documents[(collection, BsonJson.Write(id))] = doc is null ? null : BsonJson.Write(doc);
            }
        }

        foreach (var group in documents.GroupBy(d => d.Key.Collection))
        {
            Store(connection, transaction, """
                INSERT INTO knowledge_documents (collection, id, version, doc)
                SELECT $1, u.id, $2, u.doc FROM unnest($3::text[], $4::jsonb[]) AS u(id, doc)
                ON CONFLICT (collection, id) DO UPDATE SET version = excluded.version, doc = excluded.doc
                WHERE knowledge_documents.doc IS DISTINCT FROM excluded.doc
                """, [group.Key, version, group.Select(d => d.Key.Id).ToArray()], [.. group.Select(d => d.Value)]);
        }

        // Imports before their journal (its rows refer to them).
        foreach (var table in OwnTables.Where(owned.ContainsKey).OrderBy(t => t == DataImporter.ChangesCollection))
        {
            StoreInOwnTable(connection, transaction, table, version, owned[table].Select(r => (r.Key, r.Value)));
        }

        foreach (var entry in writing.Audits)
        {
            Sql.Execute(connection, transaction,
                "INSERT INTO audit_log (at, who, who_name, what, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)",
                entry.At, entry.Who, entry.WhoName, entry.What, entry.Subject, entry.Before, entry.After);
        }
    }

    /// <summary>
    /// Stores <paramref name="records"/> (null: deleted) in the table of <paramref name="table"/> as of <paramref name="version"/>;
    /// a record the same as stored keeps its version. Figures no longer current (and deleted ones) go first: at most one
    /// figure per key is current, and that is checked row by row.
    /// </summary>
    internal static void StoreInOwnTable(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, long version, IEnumerable<(long Id, BsonDocument? Doc)> records)
    {
        foreach (var batch in records.GroupBy(r => r.Doc is not null && r.Doc.TryGetValue("IsCurrent", out var current) && current.AsBoolean).OrderBy(g => g.Key))
        {
            Store(connection, transaction, $"""
                INSERT INTO {table} (id, version, doc)
                SELECT u.id, $1, u.doc FROM unnest($2::bigint[], $3::jsonb[]) AS u(id, doc)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, doc = excluded.doc
                WHERE {table}.doc IS DISTINCT FROM excluded.doc
                """, [version, batch.Select(r => r.Id).ToArray()], [.. batch.Select(r => r.Doc is null ? null : BsonJson.Write(r.Doc))]);
        }
    }

    /// <summary>Runs <paramref name="sql"/> with <paramref name="values"/> and then <paramref name="docs"/> (JSON text, null for none) as its parameters.</summary>
    internal static void Store(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object[] values, string?[] docs)
    {
#pragma warning disable CA2100 // This class's own constant SQL; every value goes in as a parameter.
        using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        command.Parameters.Add(new NpgsqlParameter { Value = docs, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.ExecuteNonQuery();
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Listening for knowledge changes on {Channel}; the local copy is at version {Version}")]
    private static partial void LogListening(ILogger logger, string channel, long version);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information, Message = "Knowledge changed by another instance: local copy moved from version {From} to {To}")]
    private static partial void LogCaughtUp(ILogger logger, long from, long to);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Lost the knowledge change listener's connection ({Cause}); connecting again in {Retry}")]
    private static partial void LogListenerLost(ILogger logger, string cause, TimeSpan retry);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Warning, Message = "A knowledge write reached the shared store (version {Version}) but the local copy could not commit it; the copy catches up from the shared store")]
    private static partial void LogCopyBehind(ILogger logger, long version, Exception exception);

    /// <summary>What the running write marked.</summary>
    private sealed class Writing
    {
        internal HashSet<(string Collection, BsonValue Id)> Ids { get; } = [];

        internal HashSet<string> All { get; } = new(StringComparer.Ordinal);

        internal List<AuditEntry> Audits { get; } = [];

        internal bool IsEmpty => Ids.Count == 0 && All.Count == 0 && Audits.Count == 0;
    }
}
