using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge;

/// <summary>A real LiteDB file in its own temp folder, seeded, deleted on dispose.</summary>
internal sealed class TestStore : IDisposable
{
    internal static readonly DateTimeOffset Start = new(2018, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private readonly TempPostgresDatabase? _postgres;
    private readonly PostgreSqlDatabase? _shared;

    private TestStore(string folder, bool seed, TempPostgresDatabase? postgres = null, PostgreSqlDatabase? shared = null)
    {
        Folder = folder;
        Time = new FakeTimeProvider(Start);
        _postgres = postgres;
        _shared = shared;
        Database = Open();
        if (seed)
        {
            SeedResult = KnowledgeSeeder.EnsureSeeded(Database, Time);
        }

        Store = new KnowledgeStore(Database);
    }

    internal string Folder { get; }

    internal string DatabasePath => Path.Combine(Folder, "safetybot.db");

    internal FakeTimeProvider Time { get; }

    internal SafetyDatabase Database { get; private set; }

    internal KnowledgeStore Store { get; private set; }

    internal SeedResult? SeedResult { get; }

    /// <summary>The PostgreSQL database the knowledge is shared in; null on LiteDB.</summary>
    internal TempPostgresDatabase? Postgres => _postgres;

    /// <summary>A seeded store on <paramref name="provider"/> (on PostgreSQL, a throwaway database with a local copy).</summary>
    internal static async Task<TestStore> CreateAsync(StoreProvider provider)
    {
        if (provider == StoreProvider.LiteDb)
        {
            return Create();
        }

        var postgres = new TempPostgresDatabase();
        var shared = await postgres.OpenAsync();
        return new TestStore(NewFolder(), seed: true, postgres, shared);
    }

    internal static TestStore Create(bool seed = true)
    {
        return new TestStore(NewFolder(), seed);
    }

    /// <summary>
    /// On PostgreSQL, the figures as a new instance would read them (a fresh local copy, caught up from PostgreSQL); on
    /// LiteDB, as this store reads them.
    /// </summary>
    internal string ExportAsANewInstanceReadsIt()
    {
        if (_shared is null)
        {
            return new FiguresExporter(Database).Export(out _);
        }

        using var copy = new SafetyDatabase(PathOf($"copy-{Guid.NewGuid():N}.db"), SafetyBsonMapper.Create(KnowledgePersistedTypes.All));
        new PostgreSqlKnowledge(_shared, copy).CatchUp();
        return new FiguresExporter(copy).Export(out _);
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "safetybot-knowledge-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    internal string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>Closes and reopens the database file (as a restart would).</summary>
    internal void Reopen()
    {
        Database.Dispose();
        Database = Open();
        Store = new KnowledgeStore(Database);
    }

    public void Dispose()
    {
        Database.Dispose();
        _postgres?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }

    private SafetyDatabase Open()
    {
        var database = new SafetyDatabase(DatabasePath, SafetyBsonMapper.Create(KnowledgePersistedTypes.All));
        if (_shared is not null)
        {
            new PostgreSqlKnowledge(_shared, database).CatchUp();
        }

        return database;
    }
}
