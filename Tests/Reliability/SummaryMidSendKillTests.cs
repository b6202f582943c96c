using System.Globalization;
using SafetyBot.Tests.Bot.Proactive;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// Two bot processes on one PostgreSQL database and a quarterly summary due to many channels: the first is killed with
/// SIGKILL while it is posting, the second takes over. What is guaranteed, and asserted: every channel gets the summary;
/// a channel whose post the killed instance had completed is not posted again; a post in flight at the kill (Teams got
/// it, its delivery row was not marked sent) is posted once more by the other instance when the claim's lease runs out,
/// so such a channel gets it at most twice; no other channel gets it twice.
/// </summary>
/// <remarks>
/// The second instance starts after the kill, while the dead one's claims are still within their lease: a post held
/// longer than half the lease is stopped by its instance, so the posts are held only as long as the kill takes, never
/// while a process starts (which may take many seconds on a loaded machine). A running instance takes over in the same
/// way (its look at the quarter finds the claims and it looks again when their lease runs out).
/// </remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SummaryMidSendKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Channels = 24;

    /// <summary>Posts answered before the connector starts holding them: the first ones complete before the kill.</summary>
    private const int AnsweredBeforeTheKill = 6;

    /// <summary>How many posts an instance has in flight at once (<c>QuarterlySummaryDispatcher</c>'s parallelism).</summary>
    private const int PostsInFlightPerInstance = 4;

    /// <summary>Short, so that the survivor takes over within the test; a post may take half of it.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(40);

    private readonly TwoInstances _instances = new();

    public void Dispose() => _instances.Dispose();

    [Fact]
    public async Task AnInstanceKilledWhilePostingTheSummary_EveryChannelGetsIt_OnlyPostsInFlightAtTheKillTwice()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var channels = Enumerable.Range(1, Channels).Select(i => $"19:channel-{i:00}@thread.tacv2").ToList();
        await _instances.SubscribeLongAgoAsync(connector.ServiceUrl, channels);

        // Once the first few posts are answered, the connector holds the rest: the victim has its posts in flight
        // (claimed, received by the connector, unanswered) when it is killed.
        connector.HoldAfter(AnsweredBeforeTheKill);
        var victim = await StartAsync("victim");
        await WaitUntilAsync(() => Task.FromResult(connector.HeldCount == PostsInFlightPerInstance), "the victim to have its posts in flight");
        victim.KillHard();
        Assert.True(victim.HasExited);
        var atTheKill = await DeliveriesAsync();
        var killedAt = DateTimeOffset.UtcNow;
        connector.Release();

        Assert.DoesNotContain(atTheKill, d => d.State is not ("Sent" or "Sending"));
        var victimRun = Assert.Single(atTheKill.Select(d => d.ClaimedBy).Distinct(StringComparer.Ordinal));

        // The survivor posts the unclaimed ones, then takes over the victim's when their lease runs out.
        await StartAsync("survivor");
        var survivorStarted = DateTimeOffset.UtcNow - killedAt;
        await WaitUntilAsync(async () => (await DeliveriesAsync()).Count(d => d.State == "Sent") == Channels, "every channel's delivery to be sent");
        var atTheEnd = await DeliveriesAsync();
        var takenOver = atTheEnd.Where(d => d.Attempts == 2).ToList();
        Assert.DoesNotContain(atTheEnd, d => d.ClaimedBy == victimRun && d.Attempts == 2);
        var victimCompleted = atTheKill.Where(d => d.ClaimedBy == victimRun && d.State == "Sent").Select(d => d.Channel).ToHashSet(StringComparer.Ordinal);
        var victimInFlight = atTheKill.Where(d => d.ClaimedBy == victimRun && d.State == "Sending").Select(d => d.Channel).ToHashSet(StringComparer.Ordinal);

        var received = connector.Delivered.GroupBy(r => r.ConversationId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine($"victim: {victimCompleted.Count} posted, {victimInFlight.Count} in flight at the kill; survivor healthy {survivorStarted.TotalSeconds:0.0} s after the kill (lease {Lease.TotalSeconds:0} s); {connector.Delivered.Count} posts received for {Channels} channels");
        Assert.Equal(AnsweredBeforeTheKill, victimCompleted.Count);
        Assert.Equal(PostsInFlightPerInstance, victimInFlight.Count);
        Assert.Equal(channels.Order(StringComparer.Ordinal), received.Keys.Order(StringComparer.Ordinal));
        Assert.All(victimCompleted, channel => Assert.Equal(1, received[channel]));
        Assert.Equal(victimInFlight.Order(StringComparer.Ordinal), received.Where(r => r.Value > 1).Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(received.Values, count => Assert.InRange(count, 1, 2));
        Assert.Equal(victimInFlight.Order(StringComparer.Ordinal), takenOver.Select(d => d.Channel).Order(StringComparer.Ordinal));
        Assert.All(atTheEnd.Where(d => !victimCompleted.Contains(d.Channel)), d => Assert.NotEqual(victimRun, d.ClaimedBy));
        Assert.Equal(Channels + victimInFlight.Count, connector.Delivered.Count);

        // The survivor has nothing left to post: a late duplicate would show as a further request.
        var requests = connector.Requests.Count;
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(requests, connector.Requests.Count);
    }

    private Task<BotProcess> StartAsync(string name) =>
        _instances.StartAsync(name, new Dictionary<string, string>
        {
            ["QuarterlySummary__Enabled"] = "true",
            ["QuarterlySummary__DeliveryLease"] = Lease.ToString("c", CultureInfo.InvariantCulture),
            ["QuarterlySummary__RetryFailedAfter"] = "00:00:02",
        });

    private Task<List<Delivery>> DeliveriesAsync() => _instances.ColumnAsync(
        "SELECT conversation_key, state, attempts, claimed_by FROM summary_deliveries",
        reader => new Delivery(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));

    private static Task WaitUntilAsync(Func<Task<bool>> condition, string what) => TwoInstances.WaitUntilAsync(condition, what, TimeSpan.FromMinutes(3));

    private sealed record Delivery(string Channel, string State, int Attempts, string ClaimedBy);
}
