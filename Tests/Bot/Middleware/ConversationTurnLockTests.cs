using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SafetyBot.Bot.Middleware;
using SafetyBot.Bot.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Middleware;

/// <summary>
/// On PostgreSQL two turns of one conversation on two instances (two data sources on one database) run one after the
/// other, so a read-modify-write of the conversation's state as a plain object (as BotState saves it) loses nothing.
/// </summary>
public sealed class ConversationTurnLockTests
{
    [Fact]
    public async Task TwoInstances_TurnsOfOneConversation_LoseNoStateWrite()
    {
        using var database = new TempPostgresDatabase();
        var instances = new[] { await database.OpenAsync(), await database.OpenAsync() };
        var storages = instances.Select(db => new PostgreSqlStorage(db)).ToArray();
        var locks = instances.Select((db, i) => new ConversationTurnLockMiddleware(db, new PostgreSqlActivityClaims(db, TimeProvider.System), storages[i])).ToArray();

        // 20 turns, alternating instances, all at once: each reads the count, yields, writes count + 1 unconditionally.
        var turns = Enumerable.Range(0, 20).Select(i => locks[i % 2].OnTurnAsync(Turn("conversation-1"), async ct =>
        {
            var storage = storages[i % 2];
            var read = await storage.ReadAsync(["state"], ct);
            var count = read.TryGetValue("state", out var value) ? CountOf(value) : 0;
            await Task.Yield();
            await Task.Delay(5, ct);
            await storage.WriteAsync(new Dictionary<string, object> { ["state"] = new Dictionary<string, object> { ["count"] = count + 1 } }, ct);
        }));
        await Task.WhenAll(turns);

        var final = await storages[0].ReadAsync(["state"]);
        Assert.Equal(20, CountOf(final["state"]));
    }

    [Fact]
    public async Task TwoInstances_TurnsReadingTheStateTheLockReadForThem_LoseNoStateWrite()
    {
        using var database = new TempPostgresDatabase();
        var instances = new[] { await database.OpenAsync(), await database.OpenAsync() };
        var storages = instances.Select(db => new PostgreSqlStorage(db)).ToArray();
        var locks = instances.Select((db, i) => new ConversationTurnLockMiddleware(db, new PostgreSqlActivityClaims(db, TimeProvider.System), storages[i])).ToArray();
        // The key ConversationState reads: the lock reads it in its own round trip, and the turn's first read takes that.
        const string key = "msteams/conversations/conversation-2";

        var turns = Enumerable.Range(0, 20).Select(i => locks[i % 2].OnTurnAsync(Turn("conversation-2"), async ct =>
        {
            var storage = storages[i % 2];
            var read = await storage.ReadAsync([key], ct);
            var count = read.TryGetValue(key, out var value) ? CountOf(value) : 0;
            await Task.Yield();
            await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["count"] = count + 1 } }, ct);
            // A second read in the turn sees the turn's own write, not what the lock read.
            Assert.Equal(count + 1, CountOf((await storage.ReadAsync([key], ct))[key]));
        }));
        await Task.WhenAll(turns);

        Assert.Equal(20, CountOf((await storages[0].ReadAsync([key]))[key]));
    }

    [Fact]
    public async Task AFailedTurn_ClearsTheStateWhileHoldingTheLock_SoTheNextTurnOnTheOtherInstanceKeepsItsSave()
    {
        using var database = new TempPostgresDatabase();
        var instances = new[] { await database.OpenAsync(), await database.OpenAsync() };
        var storages = instances.Select(db => new PostgreSqlStorage(db)).ToArray();
        var locks = instances.Select((db, i) => new ConversationTurnLockMiddleware(db, new PostgreSqlActivityClaims(db, TimeProvider.System), storages[i])).ToArray();
        const string key = "msteams/conversations/conversation-3";
        await storages[0].WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["count"] = 5 } });
        var waiting = new TaskCompletionSource();
        Task? next = null;
        var failing = Turn("conversation-3");

        await Assert.ThrowsAsync<InvalidOperationException>(() => locks[0].OnTurnAsync(failing, async ct =>
        {
            // The conversation's next turn arrives on the other instance while this one fails: it waits for the lock.
            next = locks[1].OnTurnAsync(Turn("conversation-3"), async ct2 =>
            {
                var read = await storages[1].ReadAsync([key], ct2);
                var count = read.TryGetValue(key, out var value) ? CountOf(value) : 0;
                await storages[1].WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["count"] = count + 1 } }, ct2);
            });
            await WaitUntilWaitingForTheLockAsync(database, ct);
            throw new InvalidOperationException("The turn failed.");
        }));
        await next!;

        // The failed turn's state was cleared before the next turn read it, and the error boundary is told not to clear it again.
        Assert.NotNull(failing.TurnState.Get<ConversationStateReset>());
        Assert.Equal(1, CountOf((await storages[0].ReadAsync([key]))[key]));
    }

    /// <summary>Until a session of the database waits for an advisory lock.</summary>
    private static async Task WaitUntilWaitingForTheLockAsync(TempPostgresDatabase database, CancellationToken cancellationToken)
    {
        while ((long)database.Scalar("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")! == 0)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private static int CountOf(object state) => Convert.ToInt32(
        state switch
        {
            IDictionary<string, object> dictionary => dictionary["count"],
            Newtonsoft.Json.Linq.JObject json => ((Newtonsoft.Json.Linq.JValue)json["count"]!).Value,
            _ => throw new InvalidOperationException(state.GetType().Name),
        },
        System.Globalization.CultureInfo.InvariantCulture);

    private static TurnContext Turn(string conversation) => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversation },
    });
}
