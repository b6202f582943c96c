namespace SafetyBot.Bot.Proactive;

/// <summary>What <see cref="ProactiveSender.SendAsync"/> achieved.</summary>
/// <param name="Outcome">Sent, refused (403) or failed.</param>
/// <param name="ActivityId">The id Teams gave the post, when sent and given.</param>
/// <param name="Error">What went wrong, in plain words, when not sent.</param>
public sealed record ProactiveSendResult(ProactiveSendOutcome Outcome, string? ActivityId = null, string? Error = null);
