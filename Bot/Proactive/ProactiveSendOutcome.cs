namespace SafetyBot.Bot.Proactive;

/// <summary>How a proactive post ended.</summary>
public enum ProactiveSendOutcome
{
    /// <summary>Teams accepted the post.</summary>
    Sent,

    /// <summary>Teams answered 403: the bot was removed from the conversation or blocked. Do not try again.</summary>
    Forbidden,

    /// <summary>Anything else went wrong (after the HTTP retries); it may work later.</summary>
    Failed,
}
