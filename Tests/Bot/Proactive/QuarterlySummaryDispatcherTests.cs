using System.Net;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>The quarterly summary's dispatch, on every provider (one nested class each).</summary>
public abstract class QuarterlySummaryDispatcherTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Removed = "19:removed@thread.tacv2";
    private const string Board = "19:board@thread.tacv2";
    private const string Ops = "19:ops@thread.tacv2";
    private static readonly FinancialQuarter Q1 = new(2018, 1);

    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);
    private readonly ProviderSettings _provider = new(provider);
    private FakeBotConnector _connector = null!;
    private ProactiveHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _harness = ProactiveHarness.Create(_db.Database, TimeProvider.System, _provider.With());
        await _harness.OpenStoreAsync();
        foreach (var channel in new[] { Removed, Board, Ops })
        {
            await TeamsConversations.SubscribeAsync(_harness.Subscriptions, _connector.ServiceUrl, channel);
        }
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _connector.DisposeAsync();
        _provider.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task Send_PostsTheSummaryToEveryActiveSubscriptionOnce()
    {
        var first = await _harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None);
        var again = await _harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None);

        Assert.Equal((3, 3), (first.Due, first.Sent));
        Assert.Equal(0, again.Due);
        Assert.Equal([Board, Ops, Removed], _connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(_connector.Delivered, r => Assert.Contains("2018/19 Q1 (April to June 2018)", r.Activity.Text, StringComparison.Ordinal));
        Assert.All(await _harness.Deliveries.ForQuarterAsync(Q1.Key), d => Assert.Equal(SummaryDeliveryState.Sent, d.State));
    }

    [Fact]
    public async Task Forbidden_MakesTheSubscriptionInactive_AndTheOthersAreStillSent()
    {
        _connector.Script(Removed, new ConnectorAnswer(HttpStatusCode.Forbidden));

        var result = await _harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None);

        Assert.Equal((3, 2, 1, 0), (result.Due, result.Sent, result.Deactivated, result.Failed));
        Assert.Equal([Board, Ops], _connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.Single(_connector.RequestsTo(Removed));
        var removed = (await _harness.Subscriptions.FindAsync(Removed))!;
        Assert.False(removed.IsActive);
        Assert.Contains("403", removed.DeactivatedReason, StringComparison.Ordinal);
        Assert.Equal(SummaryDeliveryState.GaveUp, (await _harness.Deliveries.FindAsync(Q1.Key, Removed))!.State);

        var next = await _harness.Dispatcher.SendAsync(Q1.Next, null, CancellationToken.None);
        Assert.Equal((2, 2), (next.Due, next.Sent));
        Assert.Single(_connector.RequestsTo(Removed));
    }

    [Fact]
    public async Task Throttled_IsRetriedAndSentOnce_WithoutHoldingUpTheOthers()
    {
        _connector.Script(Board, new ConnectorAnswer(HttpStatusCode.TooManyRequests, RetryAfterSeconds: 1));

        var result = await _harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None);

        Assert.Equal((3, 3), (result.Due, result.Sent));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.Created], _connector.RequestsTo(Board).Select(r => r.Status));
        Assert.Equal(3, _connector.Delivered.Count);
        Assert.Equal(1, (await _harness.Deliveries.FindAsync(Q1.Key, Board))!.Attempts);
    }

    [Fact]
    public async Task AFailingConversation_NeverStopsTheOthers_AndIsTriedAgainLater()
    {
        _connector.Script(Board, new ConnectorAnswer(HttpStatusCode.InternalServerError));
        await _harness.Subscriptions.SubscribeAsync(
            new KnownConversation { ConversationKey = "broken", ReferenceJson = "{}", Kind = ConversationKind.GroupChat },
            TestUser.Admin.AadObjectId);

        var first = await _harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None);
        var second = await _harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None);

        Assert.Equal((4, 2, 2), (first.Due, first.Sent, first.Failed));
        Assert.Equal((2, 1, 1), (second.Due, second.Sent, second.Failed));
        Assert.Equal([Board, Ops, Removed], _connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        var broken = (await _harness.Deliveries.FindAsync(Q1.Key, "broken"))!;
        Assert.Equal((SummaryDeliveryState.Failed, 2), (broken.State, broken.Attempts));
        Assert.Contains("reference", broken.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APostLongerThanHalfTheDeliveryLease_IsStopped_AndRecordedAsFailedToBeTriedAgain()
    {
        await using var harness = ProactiveHarness.Create(_db.Database, TimeProvider.System, _provider.With(new Dictionary<string, string?> { ["QuarterlySummary:DeliveryLease"] = "00:00:04" }));
        await harness.OpenStoreAsync();
        _connector.HoldAfter(0);

        var result = await harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None);
        _connector.Release();

        // Stopped before another instance could take the claims over, and free to be tried again.
        Assert.Equal((3, 0, 3), (result.Due, result.Sent, result.Failed));
        Assert.All(await harness.Deliveries.ForQuarterAsync(Q1.Key), d =>
        {
            Assert.Equal((SummaryDeliveryState.Failed, 1), (d.State, d.Attempts));
            Assert.Contains("took longer than 00:00:02 (half of QuarterlySummary:DeliveryLease)", d.LastError, StringComparison.Ordinal);
        });
        Assert.Equal(3, (await harness.Dispatcher.SendAsync(Q1, null, CancellationToken.None)).Sent);
    }

    [Fact]
    public async Task SubscribedBefore_LeavesOutLaterSubscriptions()
    {
        var result = await _harness.Dispatcher.SendAsync(Q1, DateTimeOffset.UtcNow.AddDays(-1), CancellationToken.None);

        Assert.Equal(0, result.Due);
        Assert.Empty(_connector.Requests);
    }

    public sealed class OnLiteDb() : QuarterlySummaryDispatcherTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : QuarterlySummaryDispatcherTests(StoreProvider.PostgreSql);
}
