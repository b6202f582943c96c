namespace SafetyBot.Bot.Adapter;

/// <summary>Structured log messages of the adapter's error boundary.</summary>
internal static partial class AdapterLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Turn failed for a {ActivityType} activity {ActivityId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Could not apologise or clear conversation state after a failed turn")]
    public static partial void RecoveryFailed(ILogger logger, Exception exception);
}
