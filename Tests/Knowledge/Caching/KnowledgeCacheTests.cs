using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Caching;
using SafetyBot.Knowledge.Figures;

namespace SafetyBot.Tests.Knowledge.Caching;

/// <summary>The one cache policy: kept per knowledge version, dropped when the knowledge changes, never above its size limit.</summary>
public sealed class KnowledgeCacheTests : IDisposable
{
    private readonly TestStore _store = TestStore.Create();

    public void Dispose() => _store.Dispose();

    private KnowledgeCache Cache(long sizeLimit = 16_384) =>
        new(_store.Store, Options.Create(new KnowledgeCacheOptions { SizeLimit = sizeLimit }));

    [Fact]
    public void GetOrCreate_SameKeyTwice_CreatesOnce()
    {
        using var cache = Cache();
        var created = 0;

        var first = cache.GetOrCreate(new NameKey("a"), key => { created++; return new object(); }, _ => 1);
        var again = cache.GetOrCreate(new NameKey("a"), key => { created++; return new object(); }, _ => 1);

        Assert.Same(first, again);
        Assert.Equal(1, created);
    }

    [Fact]
    public void GetOrCreate_KeysOfTwoKindsWithTheSameFields_NeverMeet()
    {
        using var cache = Cache();

        var name = cache.GetOrCreate(new NameKey("a"), _ => "name", _ => 1);
        var other = cache.GetOrCreate(new OtherKey("a"), _ => "other", _ => 1);

        Assert.Equal("name", name);
        Assert.Equal("other", other);
    }

    [Fact]
    public void GetOrCreate_AfterAnImport_CreatesAgainAndDropsWhatWasKept()
    {
        using var cache = Cache();
        var before = cache.GetOrCreate(new NameKey("a"), _ => new object(), _ => 1);
        cache.GetOrCreate(new NameKey("b"), _ => new object(), _ => 1);
        Assert.Equal(2, cache.Count);

        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,912", "corrections.csv", "analyst");
        Assert.True(report.Succeeded);

        var after = cache.GetOrCreate(new NameKey("a"), _ => new object(), _ => 1);
        Assert.NotSame(before, after);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrCreate_MoreThanItsSizeLimit_KeepsNoMoreAndStillReturnsEachValue()
    {
        using var cache = Cache(sizeLimit: 100);

        for (var i = 0; i < 1_000; i++)
        {
            Assert.Equal(i, cache.GetOrCreate(new NameKey(i.ToString(System.Globalization.CultureInfo.InvariantCulture)), _ => i, _ => 3));
            Assert.InRange(cache.Count, 0, 100 / 3);
        }
    }

    [Fact]
    public async Task GetOrCreateAsync_SameKeyTwice_ReadsAndCreatesOnce()
    {
        using var cache = Cache();
        var created = 0;
        async Task<object> Create(NameKey key, CancellationToken cancellationToken)
        {
            await Task.Yield();
            created++;
            return new object();
        }

        var first = await cache.GetOrCreateAsync(new NameKey("a"), Create, _ => 1);
        var again = await cache.GetOrCreateAsync(new NameKey("a"), Create, _ => 1);

        Assert.Same(first, again);
        Assert.Equal(1, created);
        Assert.Same(first, cache.GetOrCreate(new NameKey("a"), _ => new object(), _ => 1));
    }

    [Fact]
    public async Task GetOrCreateAsync_AfterAnImport_CreatesAgain()
    {
        using var cache = Cache();
        var before = await cache.GetOrCreateAsync(new NameKey("a"), (_, _) => Task.FromResult(new object()), _ => 1);

        var report = new FiguresImporter(_store.Database, _store.Time).ImportText(
            "indicator_id,area,period,measure,value\ncybercrime,CambridgeCity,2017,Count,912", "corrections.csv", "analyst");
        Assert.True(report.Succeeded);

        var after = await cache.GetOrCreateAsync(new NameKey("a"), (_, _) => Task.FromResult(new object()), _ => 1);
        Assert.NotSame(before, after);
    }

    [Fact]
    public void MayKeep_TextLongerThanTheLimit_IsNotKept()
    {
        using var cache = Cache();

        Assert.True(cache.MayKeep(new string('a', cache.Options.MaxTextLength)));
        Assert.False(cache.MayKeep(new string('a', cache.Options.MaxTextLength + 1)));
    }

    [Fact]
    public void SizeOf_CardJson_IsOneUnitPlusOnePerKilocharacter()
    {
        Assert.Equal(1, KnowledgeCache.SizeOf(null));
        Assert.Equal(1, KnowledgeCache.SizeOf(new string('a', 1023)));
        Assert.Equal(3, KnowledgeCache.SizeOf(new string('a', 2048)));
    }

    private sealed record NameKey(string Name);

    private sealed record OtherKey(string Name);
}
