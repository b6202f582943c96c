using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using SafetyBot.Knowledge.Storage.PostgreSql;

namespace SafetyBot.Bot.Hosting;

/// <summary>With PostgreSQL: healthy while the database answers a query (an outage is not remembered: it heals).</summary>
internal sealed class PostgreSqlHealthCheck(PostgreSqlDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT max(version) FROM schema_migrations", connection);
            var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("PostgreSQL answers.", new Dictionary<string, object> { ["schemaVersion"] = version ?? 0 });
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL does not answer: {PostgreSqlDatabase.CauseOf(exception)}.");
        }
    }
}
