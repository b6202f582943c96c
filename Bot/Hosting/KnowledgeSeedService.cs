using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>Seeds (or upgrades) the embedded indicator store before the app takes requests.</summary>
internal sealed partial class KnowledgeSeedService(SafetyDatabase database, TimeProvider time, ILogger<KnowledgeSeedService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Fault is not null)
        {
            return Task.CompletedTask;
        }

        try
        {
            var result = KnowledgeSeeder.EnsureSeeded(database, time, logger);
            LogSeeded(logger, result.ToString());
        }
        catch (Exception exception) when (StoreFaults.IsFault(exception))
        {
            // A full disk, say: recorded as the store's fault, which stops the start with one line (StoreStart.Started).
            database.ReportFault(exception);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Knowledge store ready: {Result}")]
    private static partial void LogSeeded(ILogger logger, string result);
}
