using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>Checkpoints the LiteDB log into the data file periodically, and once more on shutdown.</summary>
internal sealed partial class DatabaseCheckpointService(
    SafetyDatabase database,
    IOptions<StorageOptions> options,
    StoreFaultReporter faults,
    TimeProvider timeProvider,
    ILogger<DatabaseCheckpointService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckpointInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                Checkpoint();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        Checkpoint();
    }

    private void Checkpoint()
    {
        try
        {
            database.Checkpoint();
        }
#pragma warning disable CA1031 // A failed checkpoint is retried next tick; LiteDB keeps the log.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            if (!faults.Report(exception))
            {
                LogCheckpointFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(EventId = 2000, Level = LogLevel.Warning, Message = "Checkpointing the database failed; it will be tried again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
