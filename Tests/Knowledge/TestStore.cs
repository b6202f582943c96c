using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Tests.Knowledge;

/// <summary>A real LiteDB file in its own temp folder, seeded, deleted on dispose.</summary>
internal sealed class TestStore : IDisposable
{
    internal static readonly DateTimeOffset Start = new(2018, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private TestStore(string folder, bool seed)
    {
        Folder = folder;
        Time = new FakeTimeProvider(Start);
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

    internal static TestStore Create(bool seed = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "safetybot-knowledge-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestStore(folder, seed);
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
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }

    private SafetyDatabase Open() => new(DatabasePath, SafetyBsonMapper.Create(KnowledgePersistedTypes.All));
}
