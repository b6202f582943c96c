using LiteDB;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Middleware;
using SafetyBot.Tests.Infrastructure;

using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.LiteDb;

namespace SafetyBot.Tests.Bot.Middleware;

/// <summary>Activity claims: once per activity, remembered across a restart for two days, withdrawn when not recorded.</summary>
public sealed class ActivityClaimsTests : IDisposable
{
    private readonly TempDatabase _db = new(PersistedTypes.All);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public ActivityClaimsTests()
    {
        _db.Database.EnsureCollections(StoreCollectionsService.Collections);
        LiteDbActivityClaims.EnsureIndexes(_db.Database.Database);
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task TryClaim_SameActivityTwiceAtOnce_OnlyOneWins()
    {
        var claims = new LiteDbActivityClaims(_db.Database, _time);
        var key = ActivityClaim.KeyOf("msteams", "a:conversation", "activity-1");

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => claims.TryClaimAsync(key, CancellationToken.None))));

        Assert.Single(results, won => won);
        Assert.Equal(1, _db.Database.Database.GetCollection(LiteDbActivityClaims.CollectionName).Count());
    }

    [Fact]
    public async Task TryClaim_AfterARestart_StillKnowsTheActivity()
    {
        var key = ActivityClaim.KeyOf("msteams", "a:conversation", "activity-1");
        Assert.True(await new LiteDbActivityClaims(_db.Database, _time).TryClaimAsync(key, CancellationToken.None));

        var restarted = new LiteDbActivityClaims(_db.Reopen(), _time);

        Assert.False(await restarted.TryClaimAsync(key, CancellationToken.None));
        Assert.True(await restarted.TryClaimAsync(ActivityClaim.KeyOf("msteams", "a:conversation", "activity-2"), CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_TwoDaysAndAnHourLater_ProcessesTheActivityAgain_AlsoAfterARestart()
    {
        var claims = new LiteDbActivityClaims(_db.Database, _time);
        var first = ActivityClaim.KeyOf("msteams", "a:conversation", "activity-1");
        var second = ActivityClaim.KeyOf("msteams", "a:conversation", "activity-2");
        Assert.True(await claims.TryClaimAsync(first, CancellationToken.None));
        Assert.True(await claims.TryClaimAsync(second, CancellationToken.None));

        _time.Advance(ActivityClaim.Memory - TimeSpan.FromMinutes(1));
        Assert.False(await claims.TryClaimAsync(first, CancellationToken.None));
        Assert.False(await new LiteDbActivityClaims(_db.Database, _time).TryClaimAsync(second, CancellationToken.None));

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        Assert.True(await claims.TryClaimAsync(first, CancellationToken.None));
        Assert.True(await new LiteDbActivityClaims(_db.Reopen(), _time).TryClaimAsync(second, CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_ManyActivities_EachRepeatIsPassedOver_AWithdrawnOneIsClaimedAgain_AlsoAfterARestart()
    {
        var claims = new LiteDbActivityClaims(_db.Database, _time);
        var keys = Enumerable.Range(0, (ClaimedKeySet.SplitAt * 40) + 100).Select(i => ActivityClaim.KeyOf("msteams", "a:conversation", $"activity-{i}")).ToArray();
        foreach (var batch in keys.Chunk(64))
        {
            Assert.All(await Task.WhenAll(batch.Select(key => claims.TryClaimAsync(key, CancellationToken.None))), Assert.True);
        }

        await claims.WithdrawAsync(keys[10], CancellationToken.None);

        Assert.All(keys.Where((_, i) => i != 10), key => Assert.False(claims.TryClaimAsync(key, CancellationToken.None).GetAwaiter().GetResult()));
        Assert.True(await claims.TryClaimAsync(keys[10], CancellationToken.None));
        Assert.False(await claims.TryClaimAsync(keys[10], CancellationToken.None));
        var restarted = new LiteDbActivityClaims(_db.Reopen(), _time);
        Assert.All(keys, key => Assert.False(restarted.TryClaimAsync(key, CancellationToken.None).GetAwaiter().GetResult()));
    }

    [Fact]
    public async Task TryClaim_WhenTheStoreIsClosed_FailsAndLeavesTheActivityUnclaimed()
    {
        var claims = new LiteDbActivityClaims(_db.Database, _time);
        var key = ActivityClaim.KeyOf("msteams", "a:conversation", "activity-1");
        _db.Database.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => claims.TryClaimAsync(key, CancellationToken.None));

        var reopened = new LiteDbActivityClaims(_db.Reopen(), _time);
        Assert.True(await reopened.TryClaimAsync(key, CancellationToken.None));
    }

    [Fact]
    public void KeyOf_NamesNoConversation_AndDiffersByActivity()
    {
        var key = ActivityClaim.KeyOf("msteams", "19:board@thread.tacv2", "1");

        Assert.DoesNotContain("board", key.ToString(), StringComparison.Ordinal);
        Assert.Equal(key, ActivityClaim.KeyOf("msteams", "19:board@thread.tacv2", "1"));
        Assert.NotEqual(key, ActivityClaim.KeyOf("msteams", "19:board@thread.tacv2", "2"));
    }
}
