namespace SafetyBot.Bot.Middleware;

/// <summary>
/// The claim of a turn's activity when a middleware before <see cref="ActivityDeduplicationMiddleware"/> already took
/// it (on PostgreSQL the turn lock takes it in the same round trip as the lock), kept in the turn's state.
/// </summary>
/// <param name="Key">The activity's claim key (<see cref="Knowledge.Storage.ActivityClaim.KeyOf"/>).</param>
/// <param name="Claimed">True when this turn claimed it; false for a repeat.</param>
internal sealed record ActivityClaimDecision(Guid Key, bool Claimed);
