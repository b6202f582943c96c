namespace SafetyBot.Bot.Proactive;

/// <summary>Structured log messages of proactive messaging (event ids 7000-7099).</summary>
internal static partial class ProactiveLog
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "Proactive post to {ConversationId} failed (status {StatusCode})")]
    public static partial void SendFailed(ILogger logger, Exception exception, string conversationId, int? statusCode);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Could not record the conversation reference of a {ActivityType} activity")]
    public static partial void ReferenceNotRecorded(ILogger logger, Exception exception, string? activityType);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Subscription of {ConversationKey} made inactive: {Reason}")]
    public static partial void SubscriptionDeactivated(ILogger logger, string conversationKey, string reason);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Quarterly summary {QuarterKey}: {Sent} sent, {Failed} failed, {Deactivated} refused (403) of {Due} due")]
    public static partial void SummaryDispatched(ILogger logger, string quarterKey, int sent, int failed, int deactivated, int due);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "Delivering quarterly summary {QuarterKey} to {ConversationKey} failed")]
    public static partial void DeliveryFailed(ILogger logger, Exception exception, string quarterKey, string conversationKey);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Information, Message = "Quarterly summary schedule '{Cron}' in {TimeZone}; next occurrence {Next}")]
    public static partial void ScheduleStarted(ILogger logger, string cron, string timeZone, DateTimeOffset? next);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Scheduled quarterly summaries are disabled (QuarterlySummary:Enabled is false)")]
    public static partial void ScheduleDisabled(ILogger logger);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Error, Message = "The quarterly summary run for {QuarterKey} failed; it will be tried again")]
    public static partial void RunFailed(ILogger logger, Exception exception, string quarterKey);

    [LoggerMessage(EventId = 7008, Level = LogLevel.Debug, Message = "Quarterly summary scheduler sleeping until {WakeAt}")]
    public static partial void Sleeping(ILogger logger, DateTimeOffset wakeAt);
}
