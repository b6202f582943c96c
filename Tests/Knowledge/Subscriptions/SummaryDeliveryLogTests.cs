using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Subscriptions;

/// <summary>The summary delivery log on every provider (one nested class each).</summary>
public abstract class SummaryDeliveryLogTests : IDisposable
{
    private const string Quarter = "FY2018/19-Q1";
    private const string Board = "19:board@thread.tacv2";

    private readonly ProviderStore _stores;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly ISummaryDeliveryLog _log;

    protected SummaryDeliveryLogTests(StoreProvider provider)
    {
        _stores = ProviderStore.Open(provider);
        _log = _stores.Deliveries(_time);
    }

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task ClaimThenSent_IsNeverClaimedAgain_EvenAfterARestart()
    {
        Assert.True(await _log.TryClaimAsync(Quarter, Board, maxAttempts: 3));
        await _log.MarkSentAsync(Quarter, Board, "activity-1");

        Assert.False(await _log.TryClaimAsync(Quarter, Board, 3));
        var restarted = Restarted();
        Assert.False(await restarted.IsDueAsync(Quarter, Board, 3));
        Assert.False(await restarted.TryClaimAsync(Quarter, Board, 3));
        var record = (await restarted.FindAsync(Quarter, Board))!;
        Assert.Equal(($"{Quarter}|{Board}", SummaryDeliveryState.Sent, 1, "activity-1", _time.GetUtcNow()),
            (record.Id, record.State, record.Attempts, record.ActivityId, record.SentAt));
    }

    [Fact]
    public async Task AClaimInProgress_CannotBeClaimedTwiceByTheSameRun()
    {
        Assert.True(await _log.TryClaimAsync(Quarter, Board, 3));

        Assert.False(await _log.TryClaimAsync(Quarter, Board, 3));
        Assert.False(await _log.IsDueAsync(Quarter, Board, 3));
    }

    [Fact]
    public async Task AClaimLeftByAStoppedRun_IsClaimedAgainAfterRestart()
    {
        Assert.True(await _log.TryClaimAsync(Quarter, Board, 3));

        var restarted = Restarted();
        if (_stores.Provider == StoreProvider.PostgreSql)
        {
            // With several instances on one database the claim may be another instance's, still posting: it is a
            // lease, and only once it has run out is its run taken to have stopped.
            Assert.False(await restarted.TryClaimAsync(Quarter, Board, 3));
            _time.Advance(QuarterlySummaryOptions.DefaultDeliveryLease);
        }

        Assert.True(await restarted.IsDueAsync(Quarter, Board, 3));
        Assert.True(await restarted.TryClaimAsync(Quarter, Board, 3));
        Assert.Equal(2, (await restarted.FindAsync(Quarter, Board))!.Attempts);
    }

    [Fact]
    public async Task AClaimOfAnotherRun_IsFreeOnceTheConfiguredLeaseRunsOut()
    {
        var lease = TimeSpan.FromSeconds(30);
        Assert.True(await _stores.Deliveries(_time, lease).TryClaimAsync(Quarter, Board, 3));
        var other = _stores.Deliveries(_time, lease);

        if (_stores.Provider == StoreProvider.PostgreSql)
        {
            _time.Advance(lease - TimeSpan.FromSeconds(1));
            Assert.False(await other.IsDueAsync(Quarter, Board, 3));
            Assert.False(await other.TryClaimAsync(Quarter, Board, 3));
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        // On LiteDB one process holds the file: another run's claim belongs to a process that has stopped.
        Assert.True(await other.IsDueAsync(Quarter, Board, 3));
        Assert.True(await other.TryClaimAsync(Quarter, Board, 3));
        Assert.Equal((2, other.RunId), ((await other.FindAsync(Quarter, Board))!.Attempts, (await other.FindAsync(Quarter, Board))!.ClaimedBy));
    }

    [Fact]
    public async Task Failed_IsRetriedUntilTheAttemptsRunOut()
    {
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.True(await _log.TryClaimAsync(Quarter, Board, maxAttempts: 2));
            await _log.MarkFailedAsync(Quarter, Board, "The Bot Connector answered 502 BadGateway.", giveUp: false);
        }

        Assert.False(await _log.TryClaimAsync(Quarter, Board, maxAttempts: 2));
        var record = (await _log.FindAsync(Quarter, Board))!;
        Assert.Equal((SummaryDeliveryState.Failed, 2, "The Bot Connector answered 502 BadGateway."), (record.State, record.Attempts, record.LastError));
    }

    [Fact]
    public async Task GaveUp_IsNeverTriedAgain()
    {
        Assert.True(await _log.TryClaimAsync(Quarter, Board, 5));
        await _log.MarkFailedAsync(Quarter, Board, "403", giveUp: true);

        Assert.False(await _log.TryClaimAsync(Quarter, Board, 5));
        Assert.Equal(SummaryDeliveryState.GaveUp, (await _log.FindAsync(Quarter, Board))!.State);
    }

    [Fact]
    public async Task QuartersAndConversationsAreIndependent()
    {
        Assert.True(await _log.TryClaimAsync(Quarter, Board, 3));
        await _log.MarkSentAsync(Quarter, Board, null);

        Assert.True(await _log.TryClaimAsync("FY2018/19-Q2", Board, 3));
        Assert.True(await _log.TryClaimAsync(Quarter, "a:personal", 3));
        Assert.Equal([Board, "a:personal"], (await _log.ForQuarterAsync(Quarter)).Select(d => d.ConversationKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ConcurrentClaims_HaveExactlyOneWinner()
    {
        using var start = new Barrier(8);
        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(
            async () =>
            {
                start.SignalAndWait();
                return await _log.TryClaimAsync(Quarter, Board, 3);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()));

        Assert.Single(wins, won => won);
    }

    private ISummaryDeliveryLog Restarted()
    {
        _stores.Restart();
        return _stores.Deliveries(_time);
    }

    public sealed class OnLiteDb() : SummaryDeliveryLogTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : SummaryDeliveryLogTests(StoreProvider.PostgreSql);
}
