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
}
