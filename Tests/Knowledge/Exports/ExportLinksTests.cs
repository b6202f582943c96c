using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Exports;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Exports;

/// <summary>The export links on every provider (one nested class each).</summary>
public abstract class ExportLinksTests : IDisposable
{
    private readonly ProviderStore _stores;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 2, 9, 0, 0, TimeSpan.Zero));

    protected ExportLinksTests(StoreProvider provider) => _stores = ProviderStore.Open(provider);

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Find_BeforeTheLinkExpires_GivesWhatWasSaved()
    {
        var links = _stores.ExportLinks(_time);
        var token = ExportTokens.New();

        await links.SaveAsync(token, "action_id,status\r\n1.1-a,OnTrack\r\n", _time.GetUtcNow().AddHours(1));
        _time.Advance(TimeSpan.FromMinutes(59));

        Assert.Equal("action_id,status\r\n1.1-a,OnTrack\r\n", await links.FindAsync(token));
    }

    [Fact]
    public async Task Find_OnceTheLinkHasExpired_GivesNothing()
    {
        var links = _stores.ExportLinks(_time);
        var token = ExportTokens.New();
        await links.SaveAsync(token, "csv", _time.GetUtcNow().AddHours(1));

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Null(await links.FindAsync(token));
    }

    [Fact]
    public async Task Find_AnUnknownOrNearlyRightToken_GivesNothing()
    {
        var links = _stores.ExportLinks(_time);
        var token = ExportTokens.New();
        await links.SaveAsync(token, "csv", _time.GetUtcNow().AddHours(1));

        Assert.Null(await links.FindAsync(ExportTokens.New()));
        Assert.Null(await links.FindAsync(token.ToUpperInvariant()));
        Assert.Null(await links.FindAsync(token[..^1]));
        Assert.Null(await links.FindAsync(ExportTokens.KeyOf(token)));
    }

    [Fact]
    public async Task Save_OnOneStore_IsFoundThroughAnotherOnTheSameDatabase_AndAfterARestart()
    {
        var token = ExportTokens.New();
        await _stores.ExportLinks(_time).SaveAsync(token, "csv", _time.GetUtcNow().AddHours(1));

        Assert.Equal("csv", await _stores.ExportLinks(_time).FindAsync(token));
        _stores.Restart();
        Assert.Equal("csv", await _stores.ExportLinks(_time).FindAsync(token));
    }

    [Fact]
    public async Task RemoveExpired_ForgetsOnlyTheExpiredLinks()
    {
        var links = _stores.ExportLinks(_time);
        var (old, fresh) = (ExportTokens.New(), ExportTokens.New());
        await links.SaveAsync(old, "old", _time.GetUtcNow().AddMinutes(10));
        await links.SaveAsync(fresh, "fresh", _time.GetUtcNow().AddHours(1));
        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(1, await links.RemoveExpiredAsync());

        Assert.Null(await links.FindAsync(old));
        Assert.Equal("fresh", await links.FindAsync(fresh));
    }

    [Fact]
    public void KeyOf_IsAHashOfTheToken_NotTheTokenItself()
    {
        var token = ExportTokens.New();

        Assert.Equal(48, token.Length);
        Assert.Equal(64, ExportTokens.KeyOf(token).Length);
        Assert.DoesNotContain(token, ExportTokens.KeyOf(token), StringComparison.Ordinal);
        Assert.NotEqual(ExportTokens.New(), token);
    }

    public sealed class OnLiteDb() : ExportLinksTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : ExportLinksTests(StoreProvider.PostgreSql);
}
