using LiteDB;
using SafetyBot.Knowledge.Exports;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary><see cref="IExportLinks"/> in the LiteDB file (collection <c>export_links</c>), written through its group commit.</summary>
public sealed class LiteDbExportLinks : IExportLinks
{
    /// <summary>Name of the LiteDB collection.</summary>
    public const string CollectionName = "export_links";

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store on the app's database.</summary>
    public LiteDbExportLinks(SafetyDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public Task SaveAsync(string token, string content, DateTimeOffset expires, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var link = new BsonDocument
        {
            ["_id"] = ExportTokens.KeyOf(token),
            ["content"] = content,
            ["expires"] = expires.UtcDateTime,
        };
        return _database.WriteAsync(db => db.GetCollection(CollectionName).Upsert(link), cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        var link = _database.Database.GetCollection(CollectionName).FindById(ExportTokens.KeyOf(token));
        return Task.FromResult(link is not null && link["expires"].AsDateTime.ToUniversalTime() > _time.GetUtcNow().UtcDateTime
            ? link["content"].AsString
            : null);
    }

    /// <inheritdoc />
    public Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return _database.WriteAsync(db => db.GetCollection(CollectionName).DeleteMany(Query.LTE("expires", now)), cancellationToken);
    }
}
