using Microsoft.Extensions.Diagnostics.HealthChecks;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>Healthy only while the embedded store is open, has met no fault, and answers a read.</summary>
internal sealed class StoreHealthCheck(SafetyDatabase database, StoreFaultReporter faults) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (database.Fault is { } fault)
        {
            return Task.FromResult(Failed(fault));
        }

        if (!database.IsOpen)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The store is closed."));
        }

        try
        {
            var collections = database.Database.GetCollectionNames().Count();
            return Task.FromResult(HealthCheckResult.Healthy("The store is open.", new Dictionary<string, object>
            {
                ["collections"] = collections,
            }));
        }
#pragma warning disable CA1031 // Any failure to read means unhealthy.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromResult(faults.Report(exception) && database.Fault is { } cause
                ? Failed(cause)
                : HealthCheckResult.Unhealthy("The store does not answer.", exception));
        }
    }

    private static HealthCheckResult Failed(string cause) =>
        HealthCheckResult.Unhealthy($"The store failed: {cause}. Restore it from a backup and restart SafetyBot.");
}
