using Microsoft.Bot.Builder;
using SafetyBot.Bot.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Storage;

/// <summary>The storage contract on a real PostgreSQL database of its own.</summary>
public sealed class PostgreSqlStorageContractTests : StorageContractTests
{
    private readonly TempPostgresDatabase _db = new();

    protected override async Task<IStorage> CreateAsync() => new PostgreSqlStorage(await _db.OpenAsync());

    protected override async Task<IStorage> ReopenAsync() => new PostgreSqlStorage(await _db.OpenAsync());

    public override Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_ReadModifyWrite_LoseNoUpdate()
    {
        var one = new PostgreSqlStorage(await _db.OpenAsync());
        var two = new PostgreSqlStorage(await _db.OpenAsync());
        await one.WriteAsync(new Dictionary<string, object> { ["counter"] = new PocoStoreItem { Count = 0 } });

        async Task IncrementAsync(IStorage storage, int times)
        {
            for (var done = 0; done < times;)
            {
                var item = (PocoStoreItem)(await storage.ReadAsync(["counter"]))["counter"];
                item.Count++;
                try
                {
                    await storage.WriteAsync(new Dictionary<string, object> { ["counter"] = item });
                    done++;
                }
                catch (StorageConflictException)
                {
                    // The other instance won: read again.
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => IncrementAsync(i % 2 == 0 ? one : two, 20))));

        Assert.Equal(160, ((PocoStoreItem)(await two.ReadAsync(["counter"]))["counter"]).Count);
    }
}
