using Npgsql;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL database of its own (random name) on the tests' server (<see cref="TestPostgres"/>), so test classes
/// run in parallel without meeting; dropped on dispose. <see cref="OpenAsync"/> opens it as the app does (migrated).
/// </summary>
public sealed class TempPostgresDatabase : IDisposable
{
    private readonly List<PostgreSqlDatabase> _opened = [];

    public TempPostgresDatabase()
    {
        var admin = TestPostgres.AdminConnectionString;
        Name = "sb_" + Guid.NewGuid().ToString("N");
        Execute(admin, $"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Name }.ConnectionString;
        AdminConnectionString = admin;
    }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <summary>A connection string to this database.</summary>
    public string ConnectionString { get; }

    private string AdminConnectionString { get; }

    /// <summary>The database as the app opens it: connected and migrated. Disposed with this.</summary>
    public async Task<PostgreSqlDatabase> OpenAsync()
    {
        var database = new PostgreSqlDatabase(ConnectionString);
        _opened.Add(database);
        await database.OpenAsync();
        return database;
    }

    /// <summary>Runs <paramref name="sql"/> on this database and returns the first column of the first row.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        _opened.ForEach(database => database.Dispose());
        Execute(AdminConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
