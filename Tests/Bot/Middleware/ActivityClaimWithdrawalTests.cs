using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Middleware;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Middleware;

/// <summary>
/// A turn that failed on a store error gives its activity claim back, so that Teams' re-delivery is processed rather
/// than passed over; a turn that failed otherwise keeps it. On every provider's real claims (one nested class each).
/// </summary>
public abstract class ActivityClaimWithdrawalTests : IDisposable
{
    private readonly ProviderStore _stores;
    private readonly IActivityClaims _claims;

    protected ActivityClaimWithdrawalTests(StoreProvider provider)
    {
        _stores = ProviderStore.Open(provider);
        _claims = _stores.Claims(new FakeTimeProvider(new DateTimeOffset(2018, 1, 10, 9, 0, 0, TimeSpan.Zero)));
    }

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task ATurnThatFailedOnTheStore_IsProcessedAgainWhenRedelivered()
    {
        var runs = 0;
        var middleware = new ActivityDeduplicationMiddleware(_claims, NullLogger<ActivityDeduplicationMiddleware>.Instance);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => middleware.OnTurnAsync(Turn("a-1"), _ =>
        {
            runs++;
            throw new StoreUnavailableException("the store refused the write");
        }));
        await middleware.OnTurnAsync(Turn("a-1"), _ => { runs++; return Task.CompletedTask; });
        await middleware.OnTurnAsync(Turn("a-1"), _ => { runs++; return Task.CompletedTask; });

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task ATurnThatFailedOtherwise_KeepsItsClaim()
    {
        var runs = 0;
        var middleware = new ActivityDeduplicationMiddleware(_claims, NullLogger<ActivityDeduplicationMiddleware>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.OnTurnAsync(Turn("a-2"), _ =>
        {
            runs++;
            throw new InvalidOperationException("a bug, not the store");
        }));
        await middleware.OnTurnAsync(Turn("a-2"), _ => { runs++; return Task.CompletedTask; });

        Assert.Equal(1, runs);
    }

    private static TurnContext Turn(string id) => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "conversation-1" },
        Text = "hello",
    });

    public sealed class OnLiteDb() : ActivityClaimWithdrawalTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : ActivityClaimWithdrawalTests(StoreProvider.PostgreSql);
}
