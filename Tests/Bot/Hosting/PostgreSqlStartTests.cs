using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Hosting;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>
/// Storage:Provider = PostgreSql checks its connection at start: a connection string that is missing, cannot be read or
/// reaches no database stops SafetyBot with one line naming the setting, never the password.
/// </summary>
public sealed class PostgreSqlStartTests
{
    private const string Password = "pa55-word-never-shown";

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("   ", "is required")]
    [InlineData("Host=127.0.0.1;Password=" + Password + ";Nonsense Key=1", "not a valid PostgreSQL connection string")]
    [InlineData("Password=" + Password + ";Username=bot", "names no Host")]
    public async Task ABadConnectionString_StopsTheStart_NamingTheSettingNotThePassword(string? connectionString, string cause)
    {
        var (opened, said) = await OpenAsync(connectionString);

        Assert.False(opened);
        Assert.Contains(PostgreSqlDatabase.SettingName, said, StringComparison.Ordinal);
        Assert.Contains(cause, said, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableDatabase_StopsTheStart_NamingTheSettingAndTheHostNotThePassword()
    {
        // Port 1 on loopback: nothing listens there.
        var (opened, said) = await OpenAsync($"Host=127.0.0.1;Port=1;Database=safetybot;Username=bot;Password={Password};Timeout=3");

        Assert.False(opened);
        Assert.Contains(PostgreSqlDatabase.SettingName, said, StringComparison.Ordinal);
        Assert.Contains("'safetybot' on 127.0.0.1:1", said, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", said, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, said, StringComparison.Ordinal);
        Assert.Single(said.Trim().Split('\n'));
    }

    [Fact]
    public async Task ALoginPostgreSqlRefuses_StopsTheStart_WithPostgreSqlsReasonNotThePassword()
    {
        var role = "sb_role_" + Guid.NewGuid().ToString("N")[..8];
        var database = new TempPostgresDatabase();
        try
        {
            // The test server trusts every loopback login, so the refusal is a database the role may not connect to.
            database.Scalar($"CREATE ROLE {role} LOGIN; REVOKE CONNECT ON DATABASE {database.Name} FROM PUBLIC; SELECT 1");
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = role, Password = Password };

            var (opened, said) = await OpenAsync(builder.ConnectionString);

            Assert.False(opened);
            Assert.Contains(PostgreSqlDatabase.SettingName, said, StringComparison.Ordinal);
            Assert.Contains("PostgreSQL refused it", said, StringComparison.Ordinal);
            Assert.DoesNotContain(Password, said, StringComparison.Ordinal);
        }
        finally
        {
            database.Dispose();
            await using var admin = new Npgsql.NpgsqlConnection(TestPostgres.AdminConnectionString);
            await admin.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP ROLE IF EXISTS {role}", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task AReachableDatabase_IsOpenedAndMigrated()
    {
        using var database = new TempPostgresDatabase();

        var (opened, said) = await OpenAsync(database.ConnectionString, withLiteDb: true);

        Assert.True(opened, said);
        Assert.Equal(PostgreSqlMigrations.All.Count, Convert.ToInt32(database.Scalar("SELECT count(*) FROM schema_migrations"), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static async Task<(bool Opened, string Said)> OpenAsync(string? connectionString, bool withLiteDb = false)
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection();
        services.AddSingleton(_ => new PostgreSqlDatabase(connectionString));
        if (withLiteDb)
        {
            services.AddSingleton(_ => new SafetyDatabase(folder.File("knowledge.db"), SafetyBsonMapper.Create(PersistedTypes.All)));
        }

        await using var provider = services.BuildServiceProvider();
        using var error = new StringWriter();
        var opened = await StoreStart.OpenAsync(provider, error);
        return (opened, error.ToString());
    }
}
