using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Storage;

/// <summary>Bot state kept in memory never disagrees with what was committed to the file.</summary>
public sealed class StateCacheTests : IDisposable
{
    private readonly TempDatabase _db = new(PersistedTypes.All);

    /// <summary>The store as the app opens it: every collection it writes created before any turn (LiteDB 5 can fail a read of a
    /// collection another transaction is creating; the app's StoreCollectionsService creates them at start).</summary>
    public StateCacheTests() => _db.Database.EnsureCollections(StoreCollectionsService.Collections);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Read_ItsOwnObjects_AreNewEachTimeSoATurnCannotChangeAnother()
    {
        var storage = new LiteDbStorage(_db.Database);
        await storage.WriteAsync(new Dictionary<string, object> { ["conversation"] = new PocoItem { Id = "1", Count = 1 } });

        var first = Assert.IsType<PocoItem>((await storage.ReadAsync(["conversation"]))["conversation"]);
        first.Count = 99;
        var second = Assert.IsType<PocoItem>((await storage.ReadAsync(["conversation"]))["conversation"]);

        Assert.Equal(1, second.Count);
    }

    [Fact]
    public async Task Write_RefusedForAStaleETag_LeavesTheCommittedStateToBeRead()
    {
        var storage = new LiteDbStorage(_db.Database);
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 1, ETag = "*" } });
        var read = Assert.IsType<PocoStoreItem>((await storage.ReadAsync(["item"]))["item"]);
        await storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 2, ETag = read.ETag } });

        await Assert.ThrowsAsync<StorageConflictException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { ["item"] = new PocoStoreItem { Id = "1", Count = 3, ETag = read.ETag } }));

        var now = Assert.IsType<PocoStoreItem>((await storage.ReadAsync(["item"]))["item"]);
        Assert.Equal(2, now.Count);
        var fromFile = Assert.IsType<PocoStoreItem>((await new LiteDbStorage(_db.Database).ReadAsync(["item"]))["item"]);
        Assert.Equal((2, fromFile.ETag), (now.Count, now.ETag));
    }

    [Fact]
    public async Task ReadsAndWrites_AllAtOnce_EndAgreeingWithTheFile()
    {
        var storage = new LiteDbStorage(_db.Database);
        var keys = Enumerable.Range(0, 4).Select(i => $"conversation-{i}").ToArray();
        var work = Enumerable.Range(0, 400).Select(i => Task.Run(async () =>
        {
            var key = keys[i % keys.Length];
            if (i % 3 == 0)
            {
                await storage.DeleteAsync([key]);
            }
            else
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = new PocoItem { Id = key, Count = i } });
            }

            await storage.ReadAsync(keys);
        }));
        await Task.WhenAll(work);

        var kept = await storage.ReadAsync(keys);
        var inFile = await new LiteDbStorage(_db.Database).ReadAsync(keys);
        Assert.Equal(inFile.Keys.Order(), kept.Keys.Order());
        Assert.All(inFile, pair => Assert.Equal(((PocoItem)pair.Value).Count, ((PocoItem)kept[pair.Key]).Count));
    }

    [Fact]
    public void Offer_AfterAWriteBegan_IsNotKept()
    {
        var cache = new StateCache();
        Assert.False(cache.TryGet("key", out _, out var slot, out var version));

        var writing = cache.BeginWrite("key");
        cache.Offer(slot, version, new CachedState("stale", []));
        Assert.False(cache.TryGet("key", out _, out _, out _));

        cache.EndWrite(writing, committed: true, sequence: 1, new CachedState("written", []));
        Assert.True(cache.TryGet("key", out var state, out _, out _));
        Assert.Equal("written", state!.ETag);
    }

    [Fact]
    public void EndWrite_OfTwoOverlappingWrites_KeepsTheOneCommittedLast()
    {
        var cache = new StateCache();
        var first = cache.BeginWrite("key");
        var second = cache.BeginWrite("key");

        cache.EndWrite(second, committed: true, sequence: 8, new CachedState("later", []));
        Assert.False(cache.TryGet("key", out _, out _, out _));
        cache.EndWrite(first, committed: true, sequence: 7, new CachedState("earlier", []));

        Assert.True(cache.TryGet("key", out var state, out _, out _));
        Assert.Equal("later", state!.ETag);
    }

    [Fact]
    public void EndWrite_NotCommitted_ForgetsTheKey()
    {
        var cache = new StateCache();
        cache.EndWrite(cache.BeginWrite("key"), committed: true, sequence: 1, new CachedState("one", []));

        cache.EndWrite(cache.BeginWrite("key"), committed: false, sequence: 0, new CachedState("two", []));

        Assert.False(cache.TryGet("key", out _, out _, out _));
    }
}
