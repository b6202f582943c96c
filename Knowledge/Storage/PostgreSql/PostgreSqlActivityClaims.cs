using Npgsql;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// <see cref="IActivityClaims"/> on PostgreSQL (table <c>activity_claims</c>): a claim is a unique row, inserted before
/// the turn runs, so of two deliveries of one activity (on one instance or two) exactly one inserts it and is
/// processed. Nothing is decided in memory: another instance may claim any key at any time. Claims older than
/// <see cref="ActivityClaim.Memory"/> are deleted every so often.
/// </summary>
public sealed class PostgreSqlActivityClaims : IActivityClaims
{
    /// <summary>Expired claims are deleted after every this many claims (of this instance).</summary>
    private const int ForgetEvery = 500;

    private readonly PostgreSqlDatabase _database;
    private readonly TimeProvider _time;
    private int _claims;

    /// <summary>Creates the claims on the app's database.</summary>
    public PostgreSqlActivityClaims(PostgreSqlDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        var claim = ClaimCommand(key);
        batch.BatchCommands.Add(claim);
        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return await ClaimedAsync(connection, claim, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The statement that claims <paramref name="key"/>, to be sent in a batch (the turn lock sends it with the lock, one
    /// round trip for both); it returns one row when it claims, none for a repeat. Once the batch's results are read,
    /// <see cref="ClaimedAsync"/> tells whether it claimed.
    /// </summary>
    public NpgsqlBatchCommand ClaimCommand(Guid key)
    {
        var now = _time.GetUtcNow().ToUniversalTime();
        // A claim older than the memory no longer counts (as if it had been deleted already): it is claimed again.
        var claim = new NpgsqlBatchCommand(
            """
            INSERT INTO activity_claims (key, seen_at) VALUES ($1, $2)
            ON CONFLICT (key) DO UPDATE SET seen_at = excluded.seen_at WHERE activity_claims.seen_at < $3
            RETURNING true
            """);
        claim.Parameters.Add(new NpgsqlParameter { Value = key });
        claim.Parameters.Add(new NpgsqlParameter { Value = now });
        claim.Parameters.Add(new NpgsqlParameter { Value = now - ActivityClaim.Memory });
        return claim;
    }

    /// <summary>
    /// Whether <paramref name="claim"/> (a <see cref="ClaimCommand"/> that ran on <paramref name="connection"/>) claimed
    /// its activity; every <see cref="ForgetEvery"/> claims, expired claims are deleted on that connection too.
    /// </summary>
    public async Task<bool> ClaimedAsync(NpgsqlConnection connection, NpgsqlBatchCommand claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(claim);
        var claimed = claim.RecordsAffected == 1;
        if (claimed && Interlocked.Increment(ref _claims) % ForgetEvery == 0)
        {
            await using var forget = new NpgsqlCommand("DELETE FROM activity_claims WHERE seen_at < $1", connection);
            forget.Parameters.Add(new NpgsqlParameter { Value = _time.GetUtcNow().ToUniversalTime() - ActivityClaim.Memory });
            await forget.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return claimed;
    }

    /// <inheritdoc />
    public async Task WithdrawAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var connection = await _database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using var withdraw = new NpgsqlCommand("DELETE FROM activity_claims WHERE key = $1", connection);
        withdraw.Parameters.Add(new NpgsqlParameter { Value = key });
        await withdraw.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
