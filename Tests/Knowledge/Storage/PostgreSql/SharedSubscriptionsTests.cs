using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Storage.PostgreSql;

/// <summary>
/// "Is this conversation subscribed?" is asked on every turn: while an instance listens it answers from memory, and
/// it still sees a subscription made on another instance, announced or made while it was not listening.
/// </summary>
public sealed class SharedSubscriptionsTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly PostgreSqlProviderStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource _stop = new();
    private readonly PostgreSqlSubscriptionStore _writer;
    private readonly PostgreSqlSubscriptionStore _listener;
    private readonly Task _listening;

    public SharedSubscriptionsTests()
    {
        // Two instances: each with its own data source, as separate processes have.
        _writer = new PostgreSqlSubscriptionStore(_store.Open(), _time);
        _listener = new PostgreSqlSubscriptionStore(_store.Open(), _time);
        _listening = _listener.ListenAsync(_time, TimeSpan.FromSeconds(1), _stop.Token);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listening.Wait(Wait);
        _stop.Dispose();
        _store.Dispose();
    }

    [Fact]
    public async Task ASubscriptionMadeOnAnotherInstance_IsSeen_AndANoIsAnsweredWithoutAskingTheDatabase()
    {
        await Until(() => _listener.KnowsEverySubscription);

        var asked = await RoundTrips.DuringAsync(_store.Server.Name, async () => Assert.False(await _listener.HasSubscriptionAsync("19:board")));
        await _writer.SubscribeAsync(Conversation("19:board"), "admin-1");

        Assert.Empty(asked);
        await UntilAsync(() => _listener.HasSubscriptionAsync("19:board"));
    }

    [Fact]
    public async Task ASubscriptionMadeWhileTheListenerWasAway_IsSeenThen_AndReadWhenItListensAgain()
    {
        await Until(() => _listener.KnowsEverySubscription);

        // The listener's connection dies; it connects again only when the (fake) retry delay has passed.
        _store.Server.Scalar(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query = 'SELECT conversation_key FROM subscriptions'");
        await Until(() => !_listener.KnowsEverySubscription);
        await _writer.SubscribeAsync(Conversation("19:board"), "admin-1");

        Assert.True(await _listener.HasSubscriptionAsync("19:board"));
        Assert.False(await _listener.HasSubscriptionAsync("19:other"));

        _time.Advance(TimeSpan.FromSeconds(1));
        await Until(() => _listener.KnowsEverySubscription);
        await _writer.SubscribeAsync(Conversation("19:later"), "admin-1");
        await UntilAsync(() => _listener.HasSubscriptionAsync("19:later"));
        var asked = await RoundTrips.DuringAsync(_store.Server.Name, async () =>
        {
            Assert.True(await _listener.HasSubscriptionAsync("19:board"));
            Assert.False(await _listener.HasSubscriptionAsync("19:other"));
        });
        Assert.Empty(asked);
    }

    private static KnownConversation Conversation(string key) => new()
    {
        ConversationKey = key,
        ReferenceJson = "{\"v\":1}",
        Kind = ConversationKind.Channel,
        DisplayName = "Board",
        TenantId = "tenant-1",
    };

    private static Task Until(Func<bool> condition) => UntilAsync(() => Task.FromResult(condition()));

    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow + Wait;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "The listening instance did not get there.");
            await Task.Delay(50);
        }
    }
}
