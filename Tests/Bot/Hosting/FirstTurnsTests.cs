using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using SafetyBot.Bot.Hosting;
using SafetyBot.Tests.Infrastructure;
using SafetyBot.Knowledge.Storage.LiteDb;

namespace SafetyBot.Tests.Bot.Hosting;

/// <summary>A new store under a burst of first turns: every collection exists before the first request, so no turn fails.</summary>
public sealed class FirstTurnsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task NewStore_ManyConversationsAtOnce_EveryTurnIsAnswered()
    {
        using var host = new BotHost(_folder.File("new.db"));

        var turns = Enumerable.Range(0, 64)
            .Select(i => host.SayAsync("how has dwelling burglary changed", TestUser.Member, $"first-turns-{i}"))
            .ToList();
        var replies = await Task.WhenAll(turns);

        Assert.All(replies, reply => Assert.Contains("Dwelling burglary", Replies.Said(reply), StringComparison.Ordinal));
        var database = host.Services.GetRequiredService<SafetyBot.Knowledge.Storage.SafetyDatabase>();
        Assert.All(StoreCollectionsService.Collections, name => Assert.True(database.Database.CollectionExists(name), name));
        Assert.Equal(64, database.Database.GetCollection(SafetyBot.Knowledge.Storage.LiteDb.LiteDbActivityClaims.CollectionName).Count());
    }

    [Fact]
    public void EnsureCollections_CreatesTheMissingOnesEmptyAndKeepsTheRest()
    {
        using var db = new TempDatabase([]);
        db.Database.Database.GetCollection("existing").Insert(new BsonDocument { ["_id"] = 1 });

        db.Database.EnsureCollections(["existing", "new_one", "new_two"]);
        db.Database.EnsureCollections(["existing", "new_one", "new_two"]);

        Assert.Equal(1, db.Database.Database.GetCollection("existing").Count());
        Assert.True(db.Database.Database.CollectionExists("new_one"));
        Assert.Equal(0, db.Database.Database.GetCollection("new_one").Count());
        Assert.Equal(0, db.Database.Database.GetCollection("new_two").Count());
    }
}
