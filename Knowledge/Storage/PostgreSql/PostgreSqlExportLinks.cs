using Npgsql;
using SafetyBot.Knowledge.Exports;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary><see cref="IExportLinks"/> on PostgreSQL (table <c>export_links</c>), so a link works on every instance.</summary>
public sealed class PostgreSqlExportLinks : IExportLinks
{
    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store on the app's database.</summary>
    public PostgreSqlExportLinks(PostgreSqlDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public async Task SaveAsync(string token, string content, DateTimeOffset expires, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var command = _database.DataSource.CreateCommand(
            "INSERT INTO export_links (token_hash, content, expires_at) VALUES ($1, $2, $3) "
            + "ON CONFLICT (token_hash) DO UPDATE SET content = EXCLUDED.content, expires_at = EXCLUDED.expires_at");
        command.Parameters.Add(new NpgsqlParameter { Value = ExportTokens.KeyOf(token) });
        command.Parameters.Add(new NpgsqlParameter { Value = content });
        command.Parameters.Add(new NpgsqlParameter { Value = expires.ToUniversalTime() });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var command = _database.DataSource.CreateCommand("SELECT content FROM export_links WHERE token_hash = $1 AND expires_at > $2");
        command.Parameters.Add(new NpgsqlParameter { Value = ExportTokens.KeyOf(token) });
        command.Parameters.Add(new NpgsqlParameter { Value = _time.GetUtcNow().ToUniversalTime() });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc />
    public async Task<int> RemoveExpiredAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _database.DataSource.CreateCommand("DELETE FROM export_links WHERE expires_at <= $1");
        command.Parameters.Add(new NpgsqlParameter { Value = _time.GetUtcNow().ToUniversalTime() });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
