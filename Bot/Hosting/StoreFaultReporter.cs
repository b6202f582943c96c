using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// Where a store fault met while running is reported (by the turn pipeline, /healthz, the checkpoint): the
/// first one becomes the store's <see cref="SafetyDatabase.Fault"/> and is logged, once; from then on
/// /api/messages answers 503 and /healthz is unhealthy until the file is restored and SafetyBot restarted.
/// </summary>
public sealed partial class StoreFaultReporter(SafetyDatabase database, ILogger<StoreFaultReporter> logger)
{
    /// <summary>Reports <paramref name="exception"/>; true when it is a store fault (logged only the first time).</summary>
    public bool Report(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (!StoreFaults.IsFault(exception))
        {
            return false;
        }

        if (database.ReportFault(exception))
        {
            LogStoreFailed(logger, exception, database.Path, database.Fault!);
        }

        return true;
    }

    [LoggerMessage(EventId = 2200, Level = LogLevel.Critical,
        Message = "The store failed: {Cause}. SafetyBot answers 503 until the store {Path} is restored and SafetyBot restarted (see \"Restoring from a backup\" in the README)")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string path, string cause);
}
