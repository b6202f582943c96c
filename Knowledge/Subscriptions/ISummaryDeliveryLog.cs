namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>
/// What was posted for which quarter to which conversation, so that neither a restart nor a second instance repeats
/// or misses a summary. A sender first <see cref="TryClaim">claims</see> a delivery (only one claimant wins), posts,
/// then marks it <see cref="MarkSent">sent</see> or <see cref="MarkFailed">failed</see>. One implementation per store.
/// </summary>
public interface ISummaryDeliveryLog
{
    /// <summary>This run's id, written into the claims it makes.</summary>
    string RunId { get; }

    /// <summary>The record of <paramref name="quarterKey"/> to <paramref name="conversationKey"/>, or null.</summary>
    SummaryDelivery? Find(string quarterKey, string conversationKey);

    /// <summary>Every record of <paramref name="quarterKey"/>, by conversation.</summary>
    IReadOnlyList<SummaryDelivery> ForQuarter(string quarterKey);

    /// <summary>
    /// True when the summary of <paramref name="quarterKey"/> still has to be posted to <paramref name="conversationKey"/>:
    /// never tried, failed with attempts left, or left mid-post by a run that stopped.
    /// </summary>
    bool IsDue(string quarterKey, string conversationKey, int maxAttempts);

    /// <summary>
    /// Claims the delivery for this run before posting. False when it was sent, given up, is being posted (by this run,
    /// or by another that is still within its lease), or has no attempts left.
    /// </summary>
    bool TryClaim(string quarterKey, string conversationKey, int maxAttempts);

    /// <summary>Records that the claimed delivery was posted.</summary>
    void MarkSent(string quarterKey, string conversationKey, string? activityId);

    /// <summary>Records that the claimed delivery failed; <paramref name="giveUp"/> stops further attempts.</summary>
    void MarkFailed(string quarterKey, string conversationKey, string error, bool giveUp);
}
