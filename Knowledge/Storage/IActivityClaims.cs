namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// The activities taken for processing in the last <see cref="ActivityClaim.Memory"/>, so that an activity delivered
/// twice (a re-delivery, a double click, two instances) is processed once.
/// </summary>
public interface IActivityClaims
{
    /// <summary>
    /// Claims <paramref name="key"/> (see <see cref="ActivityClaim.KeyOf"/>): true, once the claim is committed, the first
    /// time; false for a repeat. When the store cannot record it nothing is claimed and the exception is thrown.
    /// </summary>
    Task<bool> TryClaimAsync(Guid key, CancellationToken cancellationToken);

    /// <summary>
    /// Withdraws the claim of <paramref name="key"/> (the turn it let run failed on a store error), so that a
    /// re-delivery of the activity is processed rather than passed over. Nothing happens when it is not claimed.
    /// </summary>
    Task WithdrawAsync(Guid key, CancellationToken cancellationToken);
}
