using Microsoft.Extensions.Configuration;
using Npgsql;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Storage.PostgreSql;

/// <summary>
/// Storage:PostgreSqlAuthentication = ManagedIdentity: the password of every new connection is an access token, and
/// the server checks it. The tests' server trusts loopback logins except the role <c>safetybot_token</c>, which
/// scripts/test-postgres.sh makes sign in with a checked password (scram-sha-256), so a token is really verified.
/// </summary>
public sealed class PostgreSqlAccessTokenTests
{
    private const string Role = "safetybot_token";

    [Theory]
    [InlineData(null, PostgreSqlAuthentication.Password)]
    [InlineData("Password", PostgreSqlAuthentication.Password)]
    [InlineData("ManagedIdentity", PostgreSqlAuthentication.ManagedIdentity)]
    public void TheSetting_Binds(string? value, PostgreSqlAuthentication expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:PostgreSqlAuthentication"] = value })
            .Build();

        var options = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();

        Assert.Equal(expected, options.PostgreSqlAuthentication);
    }

    [Fact]
    public void AnUnknownAuthentication_IsRefused_NamingTheSetting()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:PostgreSqlAuthentication"] = "Certificate" })
            .Build();

        var refused = Assert.Throws<InvalidOperationException>(() => configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>());

        Assert.Contains("PostgreSqlAuthentication", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagedIdentity_WithAPasswordInTheConnectionString_IsRefused_WithoutShowingIt()
    {
        var refused = Assert.Throws<StoreUnavailableException>(
            () => new PostgreSqlDatabase("Host=127.0.0.1;Username=bot;Password=s3cret-never-shown", new FixedToken("t")));

        Assert.Contains(PostgreSqlDatabase.SettingName, refused.Message, StringComparison.Ordinal);
        Assert.Contains("ManagedIdentity", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-never-shown", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAccessToken_IsThePasswordTheServerChecks()
    {
        var token = "token-" + Guid.NewGuid().ToString("N");
        using var database = new TempPostgresDatabase();
        database.Scalar($"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Role}') THEN CREATE ROLE {Role} LOGIN; END IF; END $$; " +
                        $"ALTER ROLE {Role} PASSWORD '{token}'; GRANT ALL ON SCHEMA public TO {Role}; SELECT 1");
        var asRole = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Username = Role, Password = null }.ConnectionString;
        var right = new FixedToken(token);
        var wrong = new FixedToken("not-the-token");

        await using var signedIn = new PostgreSqlDatabase(asRole, right);
        await signedIn.OpenAsync();
        await using (var connection = await signedIn.ConnectAsync())
        await using (var command = new NpgsqlCommand("SELECT current_user", connection))
        {
            Assert.Equal(Role, await command.ExecuteScalarAsync());
        }

        // The same login with another token is refused by the server: the token really is the checked password.
        await using var refused = new PostgreSqlDatabase(asRole, wrong);
        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => refused.OpenAsync());
        Assert.Contains("28P01", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-token", failure.Message, StringComparison.Ordinal);
        Assert.True(right.Calls >= 1);
    }

    private sealed class FixedToken(string token) : IPostgreSqlAccessTokenSource
    {
        private int _calls;

        public int Calls => _calls;

        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(token);
        }
    }
}
