using LiteDB;

namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// The one embedded LiteDB database of the app (Direct mode, one instance per process).
/// Everything persistent lives here: the indicator store, outcome records, audit log and the
/// Bot Framework's conversation and user state. Dispose it on shutdown.
/// </summary>
public sealed class SafetyDatabase : IDisposable
{
    private readonly LiteDatabase _database;
    private readonly GroupCommit _groupCommit;
    private readonly Lock _schemaGate = new();
    private int _disposed;
    private long _knowledgeVersion;
    private string? _fault;
    private ISharedKnowledge? _shared;

    /// <summary>
    /// Opens the database file at <paramref name="path"/>, creating it (and its folder) when there is none yet
    /// or the file is empty. Any other file is first checked without being changed: it must be a LiteDB
    /// file that SafetyBot may write and whose every collection and index LiteDB can read.
    /// </summary>
    /// <param name="path">Path of the data file.</param>
    /// <param name="mapper">The mapper to use; build it with <see cref="SafetyBsonMapper.Create"/>.</param>
    /// <exception cref="StoreUnavailableException">The file cannot be used; it was left as it was.</exception>
    public SafetyDatabase(string path, BsonMapper mapper)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(mapper);

        Path = System.IO.Path.GetFullPath(path);
        StoreFile.Check(Path);
        var connection = new ConnectionString
        {
            Filename = Path,
            Connection = ConnectionType.Direct,
        };
        try
        {
            _database = new LiteDatabase(connection, mapper);
        }
        catch (Exception exception) when (exception is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException(Path, StoreFile.CauseOf(exception), exception);
        }

        _groupCommit = new GroupCommit(() => Database);
    }

    /// <summary>Full path of the data file.</summary>
    public string Path { get; }

    /// <summary>True until the database has been disposed.</summary>
    public bool IsOpen => Volatile.Read(ref _disposed) == 0;

    /// <summary>
    /// The first store fault met while running (see <see cref="StoreFaults"/>), in plain words; null while
    /// there has been none. Once set it stays: LiteDB refuses every later call after such a fault, and the
    /// file must be restored before SafetyBot is started again.
    /// </summary>
    public string? Fault => Volatile.Read(ref _fault);

    /// <summary>
    /// Records <paramref name="exception"/> as the store's <see cref="Fault"/> when it is a store fault, the
    /// store is open (a store closed on purpose, at shutdown, has no fault) and none was recorded before.
    /// True only for the call that recorded it (so its caller logs it, once).
    /// </summary>
    public bool ReportFault(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return IsOpen && StoreFaults.Describe(exception) is { } cause && Interlocked.CompareExchange(ref _fault, cause, null) is null;
    }

    /// <summary>
    /// Changes each time the knowledge collections are written (seed, import) through this instance, so
    /// readers that keep the read-only knowledge in memory know when to reload it.
    /// </summary>
    public long KnowledgeVersion => Interlocked.Read(ref _knowledgeVersion);

    /// <summary>The underlying LiteDB database. Never dispose it directly.</summary>
    public ILiteDatabase Database
    {
        get
        {
            ObjectDisposedException.ThrowIf(!IsOpen, this);
            return _database;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> as one LiteDB transaction under <paramref name="gate"/>:
    /// committed (to the log on disk) when it returns, rolled back when it throws. LiteDB is
    /// synchronous and its transactions belong to a thread, so never await inside.
    /// </summary>
    public T InTransaction<T>(Lock gate, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (gate)
        {
            var db = Database;
            db.BeginTrans();
            try
            {
                var result = write();
                db.Commit();
                return result;
            }
            catch
            {
                db.Rollback();
                throw;
            }
        }
    }

    /// <summary>Serialises writes to the knowledge collections (seed, import), and every shared write (<see cref="WriteShared"/>).</summary>
    internal Lock KnowledgeGate { get; } = new();

    /// <summary>Where the knowledge and live data are shared with other instances; null when they live in this file only (LiteDB).</summary>
    internal ISharedKnowledge? Shared => Volatile.Read(ref _shared);

    /// <summary>From now on the knowledge and live data are kept in <paramref name="shared"/>; once, before any write.</summary>
    internal void Share(ISharedKnowledge shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        if (Interlocked.CompareExchange(ref _shared, shared, null) is not null)
        {
            throw new InvalidOperationException("The knowledge is already shared.");
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> on the knowledge or live data (see <see cref="ISharedKnowledge"/>): a LiteDB
    /// transaction under <paramref name="gate"/> when nothing is shared, else a shared write under <see cref="KnowledgeGate"/>.
    /// Writers mark what they write with <see cref="Touched"/> and <see cref="TouchedAll"/>.
    /// </summary>
    internal T WriteShared<T>(Lock gate, Func<T> write)
    {
        if (Shared is not { } shared)
        {
            return InTransaction(gate, write);
        }

        lock (KnowledgeGate)
        {
            return shared.Write(write);
        }
    }

    /// <summary>The running <see cref="WriteShared"/> wrote or deleted record <paramref name="id"/> of <paramref name="collection"/>.</summary>
    internal void Touched(string collection, BsonValue id) => Shared?.Touched(collection, id);

    /// <summary>The running <see cref="WriteShared"/> may have written or deleted any record of <paramref name="collection"/>.</summary>
    internal void TouchedAll(string collection) => Shared?.TouchedAll(collection);

    /// <summary>Marks the knowledge collections as written (see <see cref="KnowledgeVersion"/>).</summary>
    internal void KnowledgeChanged() => Interlocked.Increment(ref _knowledgeVersion);

    /// <summary>
    /// Applies <paramref name="write"/> through group commit: queued with the writes of concurrent
    /// turns and committed with them in one transaction; the task completes (with the write's result
    /// or exception) only once it is committed (or not written at all). For small frequent writes
    /// that must be on disk before the turn goes on. <paramref name="write"/> must not await and may be
    /// run more than once (when another write of its batch fails), so it must only read and write the database.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<ILiteDatabase, T> write, CancellationToken cancellationToken = default) =>
        _groupCommit.WriteAsync(write, cancellationToken);

    /// <summary>
    /// Creates the collections that do not exist yet, in one transaction. Call it before taking
    /// requests: LiteDB 5 can fail a read of a collection that another transaction is creating at
    /// that moment ("page type must be collection page"), and then refuses every later call.
    /// </summary>
    public void EnsureCollections(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var db = Database;
        var missing = names.Distinct(StringComparer.Ordinal).Where(name => !db.CollectionExists(name)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        InTransaction(_schemaGate, () =>
        {
            foreach (var name in missing)
            {
                // LiteDB creates a collection on its first insert; the placeholder goes at once.
                var collection = db.GetCollection(name);
                var id = collection.Insert(new BsonDocument { ["placeholder"] = true });
                collection.Delete(id);
            }

            return missing.Count;
        });
    }

    /// <summary>
    /// Copies committed pages from the log into the data file; not after a <see cref="Fault"/> (LiteDB may still
    /// hold the lock of the transaction that met it, and the checkpoint would wait for it in vain).
    /// </summary>
    public void Checkpoint()
    {
        if (IsOpen && Fault is null)
        {
            _database.Checkpoint();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _database.Dispose();
        }
    }
}
