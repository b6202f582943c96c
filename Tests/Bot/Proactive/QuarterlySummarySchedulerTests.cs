using Microsoft.Extensions.Time.Testing;
using SafetyBot.Bot.Proactive;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Subscriptions;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Bot.Proactive;

/// <summary>
/// The scheduler on a fake clock, restarted on the same store as the app would be, on every provider (one nested class
/// each).
/// </summary>
public abstract class QuarterlySummarySchedulerTests(StoreProvider provider) : IAsyncLifetime
{
    private const string Board = "19:board@thread.tacv2";
    private const string Ops = "19:ops@thread.tacv2";

    private readonly TempDatabase _db = new(ProactiveHarness.PersistedTypes);
    private readonly FakeTimeProvider _time = new(Utc(2018, 6, 1, 9));
    private readonly ProviderSettings _provider = new(provider);
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _provider.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task OnStart_SendsWhatIsDue_AndARestartSendsNothingAgain()
    {
        await SubscribeAsync();
        _time.SetUtcNow(Utc(2018, 7, 2, 8, 30)); // half an hour after 09:00 BST on Monday 2 July

        await RunUntilAsleepAsync();
        Assert.Equal([Board, Ops], _connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(_connector.Delivered, r => Assert.Contains("2018/19 Q1", r.Activity.Text, StringComparison.Ordinal));

        _db.Reopen();
        await RunUntilAsleepAsync();
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task AnOccurrenceMissedWhileDown_IsSentOnceOnStart()
    {
        await SubscribeAsync();
        _time.SetUtcNow(Utc(2018, 10, 15, 12)); // down over the occurrences of 2 July and 1 October

        await RunUntilAsleepAsync();
        _db.Reopen();
        await RunUntilAsleepAsync();

        Assert.Equal([Board, Ops], _connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.Equal(2, _connector.Requests.Count);
        Assert.All(_connector.Delivered, r => Assert.Contains("2018/19 Q2 (July to September 2018)", r.Activity.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WaitsForTheNextOccurrence_ThenSendsOnce()
    {
        _time.SetUtcNow(Utc(2018, 8, 1, 9)); // subscribed after the July summary went out
        await SubscribeAsync();
        var occurrence = Utc(2018, 10, 1, 8); // 09:00 BST, Monday 1 October
        var secondBefore = occurrence - TimeSpan.FromSeconds(1);
        _time.SetUtcNow(secondBefore - QuarterlySummaryScheduler.MaxSleep); // its daily look falls a second before the occurrence
        await using var harness = await StartAsync();
        var scheduler = harness.Scheduler;
        await scheduler.StartAsync(CancellationToken.None);

        await ProactiveHarness.WaitUntilAsync(() => scheduler.SleepingUntil == secondBefore, "the scheduler to sleep its longest wait");
        Assert.Empty(_connector.Requests);

        // It wakes a second early, looks, and goes back to sleep until the occurrence: that look has sent nothing.
        _time.Advance(QuarterlySummaryScheduler.MaxSleep);
        await ProactiveHarness.WaitUntilAsync(() => scheduler.SleepingUntil == occurrence, "the scheduler to look a second early and sleep until the occurrence");
        Assert.Empty(_connector.Requests);

        _time.Advance(TimeSpan.FromSeconds(1));
        await ProactiveHarness.WaitUntilAsync(() => scheduler.SleepingUntil > occurrence, "the scheduler to send and sleep again");
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal([Board, Ops], _connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.All(_connector.Delivered, r => Assert.Contains("2018/19 Q2", r.Activity.Text, StringComparison.Ordinal));
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task ADeliveryLeftMidPostByAnotherInstance_IsTakenOverWhenItsLeaseRunsOut_AndPostedOnce()
    {
        await SubscribeAsync();
        _time.SetUtcNow(Utc(2018, 7, 2, 8, 30));
        var quarter = new FinancialQuarter(2018, 1).Key;
        await using (var dead = await StartAsync())
        {
            // Another instance claimed the board's delivery and stopped before posting it.
            Assert.True(await dead.Deliveries.TryClaimAsync(quarter, Board, maxAttempts: 5));
        }

        var claimedAt = _time.GetUtcNow();
        await using var harness = await StartAsync();
        var scheduler = harness.Scheduler;
        await scheduler.StartAsync(CancellationToken.None);
        await ProactiveHarness.WaitUntilAsync(() => scheduler.SleepingUntil is not null, "the scheduler's start-up run");

        if (provider == StoreProvider.PostgreSql)
        {
            // The claim may be a live instance's: left alone, and looked at again when its lease runs out.
            Assert.Equal([Ops], _connector.Delivered.Select(r => r.ConversationId));
            Assert.Equal(claimedAt + QuarterlySummaryOptions.DefaultDeliveryLease, scheduler.SleepingUntil);
            _time.Advance(QuarterlySummaryOptions.DefaultDeliveryLease);
            await ProactiveHarness.WaitUntilAsync(() => scheduler.SleepingUntil > claimedAt + QuarterlySummaryOptions.DefaultDeliveryLease, "the scheduler to take the delivery over");
        }

        // On LiteDB one process holds the file: the claim of an earlier run is taken over at once.
        await scheduler.StopAsync(CancellationToken.None);
        Assert.Equal([Board, Ops], _connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.Equal(2, _connector.Requests.Count);
        var board = (await harness.Deliveries.FindAsync(quarter, Board))!;
        Assert.Equal((SummaryDeliveryState.Sent, 2, harness.Deliveries.RunId), (board.State, board.Attempts, board.ClaimedBy));
    }

    [Fact]
    public async Task Disabled_SendsNothing()
    {
        await SubscribeAsync();
        _time.SetUtcNow(Utc(2018, 7, 2, 8, 30));
        await using var harness = await StartAsync(new Dictionary<string, string?> { ["QuarterlySummary:Enabled"] = "false" });

        await harness.Scheduler.StartAsync(CancellationToken.None);
        await (harness.Scheduler.ExecuteTask ?? Task.CompletedTask);
        await harness.Scheduler.StopAsync(CancellationToken.None);

        Assert.Empty(_connector.Requests);
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>One run of the app on the test's store and clock (not started).</summary>
    private async Task<ProactiveHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var harness = ProactiveHarness.Create(_db.Database, _time, _provider.With(settings));
        await harness.OpenStoreAsync();
        return harness;
    }

    private async Task SubscribeAsync()
    {
        await using var harness = await StartAsync();
        await TeamsConversations.SubscribeAsync(harness.Subscriptions, _connector.ServiceUrl, Board);
        await TeamsConversations.SubscribeAsync(harness.Subscriptions, _connector.ServiceUrl, Ops);
    }

    /// <summary>One run of the app: start the scheduler, let it do what is due on start, stop it.</summary>
    private async Task RunUntilAsleepAsync()
    {
        await using var harness = await StartAsync();
        await harness.Scheduler.StartAsync(CancellationToken.None);
        await ProactiveHarness.WaitUntilAsync(() => harness.Scheduler.SleepingUntil is not null, "the scheduler's start-up run");
        await harness.Scheduler.StopAsync(CancellationToken.None);
    }

    public sealed class OnLiteDb() : QuarterlySummarySchedulerTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : QuarterlySummarySchedulerTests(StoreProvider.PostgreSql);
}
