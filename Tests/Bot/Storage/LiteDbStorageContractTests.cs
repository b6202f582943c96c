using Microsoft.Bot.Builder;
using SafetyBot.Bot.Hosting;
using SafetyBot.Bot.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Storage;

/// <summary>The storage contract on a real LiteDB file.</summary>
public sealed class LiteDbStorageContractTests : StorageContractTests
{
    private readonly TempDatabase _db = new(PersistedTypes.All);

    protected override Task<IStorage> CreateAsync() => Task.FromResult<IStorage>(new LiteDbStorage(_db.Database));

    protected override Task<IStorage> ReopenAsync() => Task.FromResult<IStorage>(new LiteDbStorage(_db.Reopen()));

    public override Task DisposeAsync()
    {
        _db.Dispose();
        return Task.CompletedTask;
    }
}
