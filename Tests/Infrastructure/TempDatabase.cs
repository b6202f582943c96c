using LiteDB;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>A real LiteDB file in a temp folder, opened as the app opens it.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IEnumerable<Type> _types;

    public TempDatabase(IEnumerable<Type> persistedTypes)
    {
        _types = persistedTypes.ToList();
        Path = _folder.File("test.db");
        Database = Open();
    }

    public string Path { get; }

    public SafetyDatabase Database { get; private set; }

    /// <summary>Closes and opens the file again, as a restart would.</summary>
    public SafetyDatabase Reopen()
    {
        Database.Dispose();
        Database = Open();
        return Database;
    }

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }

    private SafetyDatabase Open() => new(Path, SafetyBsonMapper.Create(_types));
}
