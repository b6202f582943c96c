namespace SafetyBot.Knowledge.Subscriptions;

/// <summary>
/// What was posted for which quarter to which conversation, so that neither a restart nor a second instance repeats
/// or misses a summary. A sender first <see cref="TryClaimAsync">claims</see> a delivery (only one claimant wins), posts,
/// then marks it <see cref="MarkSentAsync">sent</see> or <see cref="MarkFailedAsync">failed</see>. One implementation per store.
/// </summary>
public interface ISummaryDeliveryLog
{
    /// <summary>This run's id, written into the claims it makes.</summary>
    string RunId { get; }

    /// <summary>The record of <paramref name="quarterKey"/> to <paramref name="conversationKey"/>, or null.</summary>
    Task<SummaryDelivery?> FindAsync(string quarterKey, string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>Every record of <paramref name="quarterKey"/>, by conversation.</summary>
    Task<IReadOnlyList<SummaryDelivery>> ForQuarterAsync(string quarterKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when the summary of <paramref name="quarterKey"/> still has to be posted to <paramref name="conversationKey"/>:
    /// never tried, failed with attempts left, or left mid-post by a run that stopped.
    /// </summary>
    Task<bool> IsDueAsync(string quarterKey, string conversationKey, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the delivery for this run before posting. False when it was sent, given up, is being posted (by this run,
    /// or by another that is still within its lease), or has no attempts left.
    /// </summary>
    Task<bool> TryClaimAsync(string quarterKey, string conversationKey, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Records that the claimed delivery was posted.</summary>
    Task MarkSentAsync(string quarterKey, string conversationKey, string? activityId, CancellationToken cancellationToken = default);

    /// <summary>Records that the claimed delivery failed; <paramref name="giveUp"/> stops further attempts.</summary>
    Task MarkFailedAsync(string quarterKey, string conversationKey, string error, bool giveUp, CancellationToken cancellationToken = default);
}
