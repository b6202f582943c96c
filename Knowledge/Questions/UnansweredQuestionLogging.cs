using Microsoft.Extensions.Logging;

namespace SafetyBot.Knowledge.Questions;

/// <summary>The log events of every <see cref="IUnansweredQuestionLog"/>.</summary>
internal static partial class UnansweredQuestionLogging
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "An unanswered question could not be recorded; the member's turn goes on")]
    public static partial void NotRecorded(ILogger logger, Exception exception);
}
