namespace SafetyBot.Bot.Security;

/// <summary>Log messages of requests refused at <c>/api/messages</c> before the bot runs.</summary>
internal static partial class RequestRefusal
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Refused a request to /api/messages: its Bot Framework token is not valid ({Reason})")]
    public static partial void LogUnauthorized(ILogger logger, string reason);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Refused a request to /api/messages with 400: {Reason}")]
    public static partial void LogBadRequest(ILogger logger, string reason);
}
