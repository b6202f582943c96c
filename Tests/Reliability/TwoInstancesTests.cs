using System.Collections.Concurrent;
using SafetyBot.Tests.Bot.Proactive;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// Two bot processes on one PostgreSQL database, behind a client that sends each turn of a conversation to the
/// next instance (as a load balancer without affinity would): conversations of questions and outcome updates lose no
/// update and run each activity once; kill -9 of one instance mid-load loses no acknowledged update and saves none
/// twice; the quarterly summary due when both start is posted once per channel.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class TwoInstancesTests(ITestOutputHelper output) : IDisposable
{
    private const int Conversations = 32;
    private const string ActionId = "1.1-a";
    private readonly TwoInstances _instances = new();

    public void Dispose() => _instances.Dispose();

    [Fact]
    public async Task ThirtyTwoConversationsRoundRobin_LoseNoUpdate_AndRunAnActivitySentToBothOnce()
    {
        BotProcess[] instances = [await _instances.StartAsync("a"), await _instances.StartAsync("b")];
        var leads = await AssignLeadsAsync(instances);
        var acknowledged = new ConcurrentBag<string>();
        var answersToDuplicates = new ConcurrentBag<int>();

        await Task.WhenAll(leads.Select((lead, i) => Task.Run(async () =>
        {
            var turn = i;
            BotProcess Next() => instances[turn++ % instances.Length];
            for (var round = 1; round <= 2; round++)
            {
                // The same question activity delivered to both instances at once (a redelivery): answered once.
                var question = Activities.Message("how has dwelling burglary changed", lead, $"lead-{i}");
                var answers = await Task.WhenAll(instances.Select(bot => bot.SendAsync(Clone(question))));
                answersToDuplicates.Add(answers.Count(said => said.Contains("Dwelling burglary", StringComparison.Ordinal)));

                var summary = $"Round {round} of lead {i}: partnership meeting held";
                foreach (var text in UpdateTurns(summary))
                {
                    var said = await Next().SayAsync(text, lead, $"lead-{i}");
                    if (text == "save")
                    {
                        Assert.Contains("Update saved", said, StringComparison.Ordinal);
                        acknowledged.Add(summary);
                    }
                }
            }
        })));

        Assert.All(answersToDuplicates, count => Assert.Equal(1, count));
        var stored = await _instances.ColumnAsync("SELECT summary FROM outcome_updates", reader => reader.GetString(0));
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.Equal(2 * Conversations, stored.Count);
        Assert.Equal(stored.Count, await _instances.ScalarAsync("SELECT count(*) FROM audit_log WHERE what = 'outcome.logged'"));
    }

    [Fact]
    public async Task KillNineOfOneInstanceMidLoad_EveryAcknowledgedUpdateIsThereOnce()
    {
        var survivor = await _instances.StartAsync("survivor");
        var victim = await _instances.StartAsync("victim");
        BotProcess[] instances = [survivor, victim];
        var leads = await AssignLeadsAsync(instances);
        var acknowledged = new ConcurrentBag<string>();
        var killed = 0;
        var lost = 0;
        var killAt = Conversations / 2;

        await Task.WhenAll(leads.Select((lead, i) => Task.Run(async () =>
        {
            var turn = i;
            for (var round = 1; round <= 3; round++)
            {
                var summary = $"Round {round} of lead {i}: patrols reviewed";
                foreach (var text in UpdateTurns(summary))
                {
                    var bot = Volatile.Read(ref killed) == 1 ? survivor : instances[turn++ % instances.Length];
                    string said;
                    try
                    {
                        var sending = bot.SayAsync(text, lead, $"lead-{i}");
                        if (bot == victim && acknowledged.Count >= killAt && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            // kill -9 as this turn (and others of other conversations) is on its way to the victim.
                            victim.KillHard();
                        }

                        said = await sending;
                    }
                    catch (Exception exception) when (bot == victim && exception is HttpRequestException or IOException or TaskCanceledException)
                    {
                        // The instance died under this turn: the lead starts this update again on the survivor.
                        Interlocked.Increment(ref lost);
                        await survivor.SayAsync("cancel", lead, $"lead-{i}");
                        break;
                    }

                    if (text == "save" && said.Contains("Update saved", StringComparison.Ordinal))
                    {
                        acknowledged.Add(summary);
                    }
                }
            }
        })));

        Assert.Equal(1, killed);
        Assert.True(victim.HasExited);
        var stored = await _instances.ColumnAsync("SELECT summary FROM outcome_updates", reader => reader.GetString(0));
        Assert.Empty(acknowledged.Except(stored, StringComparer.Ordinal));
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.True(acknowledged.Count >= Conversations * 2, $"Only {acknowledged.Count} updates were acknowledged.");
        output.WriteLine($"{lost} turns lost with the killed instance; {acknowledged.Count} updates acknowledged, {stored.Count} stored");
    }

    [Fact]
    public async Task SummaryDueWhenBothInstancesStart_IsPostedOncePerChannel()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        string[] channels = ["19:board@thread.tacv2", "19:ops@thread.tacv2", "19:leads@thread.tacv2"];
        await _instances.SubscribeLongAgoAsync(connector.ServiceUrl, channels);

        var settings = new Dictionary<string, string> { ["QuarterlySummary__Enabled"] = "true" };
        await Task.WhenAll(new[] { "a", "b" }.Select(name => _instances.StartAsync(name, settings)));

        await TwoInstances.WaitUntilAsync(async () => await _instances.ScalarAsync("SELECT count(*) FROM summary_deliveries WHERE state = 'Sent'") == channels.Length, "every channel's summary to be sent", TimeSpan.FromMinutes(1));
        // Both schedulers have looked (each was healthy after its start-up look); give a late duplicate time to show.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(channels.Order(StringComparer.Ordinal), connector.Delivered.Select(r => r.ConversationId).Order(StringComparer.Ordinal));
        Assert.Equal(channels.Length, connector.Requests.Count);
    }

    private static string[] UpdateTurns(string summary) => ["log an update", "on track", summary, "skip", "skip", "save"];

    private static Microsoft.Bot.Schema.Activity Clone(Microsoft.Bot.Schema.Activity activity) =>
        Newtonsoft.Json.JsonConvert.DeserializeObject<Microsoft.Bot.Schema.Activity>(Newtonsoft.Json.JsonConvert.SerializeObject(activity))!;

    /// <summary>An admin makes one lead per conversation, the dialog's turns going to the instances in turn (as a load balancer would).</summary>
    private static async Task<List<TestUser>> AssignLeadsAsync(BotProcess[] instances)
    {
        var leads = Enumerable.Range(0, Conversations).Select(i => new TestUser($"29:lead-{i}", $"Lead Number{i}", $"00000000-0000-0000-0000-0000000c{i:0000}")).ToList();
        var turn = 0;
        foreach (var lead in leads)
        {
            var asked = await instances[turn++ % instances.Length].SayAsync($"make someone the lead for {ActionId}", TestUser.Admin, "admin-chat");
            Assert.Contains("Who should lead it?", asked, StringComparison.Ordinal);
            Assert.Contains($"now leads {ActionId}", await instances[turn++ % instances.Length].SayAsync($"{lead.Name}, {lead.AadObjectId}", TestUser.Admin, "admin-chat"), StringComparison.Ordinal);
        }

        return leads;
    }
}
