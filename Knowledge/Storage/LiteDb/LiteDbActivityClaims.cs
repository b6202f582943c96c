using LiteDB;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary>
/// The activities taken for processing in the last <see cref="ActivityClaim.Memory"/> (kept by the hour, so up to an
/// hour longer): decided in memory (so two
/// deliveries of one activity racing each other are told apart at once) and recorded in the store
/// before the turn runs (so a repeat after a restart is recognised too). Records are appended in
/// arrival order through group commit, and those older than <see cref="ActivityClaim.Memory"/> are deleted
/// through the index on when they were seen.
/// </summary>
public sealed class LiteDbActivityClaims : IActivityClaims
{
    /// <summary>The LiteDB collection of claimed activities.</summary>
    public const string CollectionName = "activity_claims";

    private static readonly TimeSpan Memory = ActivityClaim.Memory;

    /// <summary>Expired records are deleted after every this many claims.</summary>
    private const int ForgetEvery = 500;

    private readonly SafetyDatabase _database;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();

    /// <summary>
    /// Claimed keys by the hour they were first seen in (hours since 0001-01-01 UTC), oldest first; about 20 bytes a key
    /// (<see cref="ClaimedKeySet"/>), since a busy two days can hold millions.
    /// </summary>
    private readonly SortedDictionary<long, ClaimedKeySet> _byHour = [];
    private int _claims;

    /// <summary>Loads the claims of the last <see cref="ActivityClaim.Memory"/> from the store.</summary>
    public LiteDbActivityClaims(SafetyDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
        var since = time.GetUtcNow() - Memory;
        foreach (var claim in Collection(database.Database).Find(c => c.SeenAt >= since))
        {
            Hour(claim.SeenAt).Add(claim.Key);
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryClaimAsync(Guid key, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            Forget(now);
            if (IsClaimed(key))
            {
                return false;
            }

            Hour(now).Add(key);
        }

        var forget = Interlocked.Increment(ref _claims) % ForgetEvery == 0;
        try
        {
            await _database.WriteAsync(
                db =>
                {
                    var claims = Collection(db);
                    claims.Insert(new ProcessedActivity { Key = key, SeenAt = now });
                    return forget ? claims.DeleteMany(c => c.SeenAt < now - Memory) : 0;
                },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch
        {
            lock (_gate)
            {
                // Not recorded: a re-delivery must be processed.
                Hour(now).Remove(key);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async Task WithdrawAsync(Guid key, CancellationToken cancellationToken)
    {
        await _database.WriteAsync(db => Collection(db).DeleteMany(c => c.Key == key), cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            // Forgotten in memory only once the record is gone: a restart must not find it either.
            foreach (var hour in _byHour.Values)
            {
                hour.Remove(key);
            }
        }
    }

    /// <summary>Creates the collection's index on when an activity was seen (idempotent; at start).</summary>
    public static void EnsureIndexes(ILiteDatabase db) => Collection(db).EnsureIndex(c => c.SeenAt);

    private static ILiteCollection<ProcessedActivity> Collection(ILiteDatabase db) => db.GetCollection<ProcessedActivity>(CollectionName);

    /// <summary>True when <paramref name="key"/> is claimed in any hour kept (call under the gate).</summary>
    private bool IsClaimed(Guid key)
    {
        foreach (var hour in _byHour.Values)
        {
            if (hour.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keys first seen in the hour of <paramref name="seenAt"/> (call under the gate).</summary>
    private ClaimedKeySet Hour(DateTimeOffset seenAt)
    {
        var hour = seenAt.UtcTicks / TimeSpan.TicksPerHour;
        if (!_byHour.TryGetValue(hour, out var keys))
        {
            keys = new ClaimedKeySet();
            _byHour.Add(hour, keys);
        }

        return keys;
    }

    /// <summary>Forgets whole hours that ended more than <see cref="ActivityClaim.Memory"/> before <paramref name="now"/> (call under the gate).</summary>
    private void Forget(DateTimeOffset now)
    {
        var firstKept = (now - Memory).UtcTicks / TimeSpan.TicksPerHour;
        while (_byHour.Count > 0 && _byHour.Keys.First() < firstKept)
        {
            _byHour.Remove(_byHour.Keys.First());
        }
    }
}
