using System.Collections.Concurrent;
using System.Net;
using SafetyBot.Bot.Hosting;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// kill -9 during a burst of concurrent outcome updates, restart on the same LiteDB file: every
/// update whose "Update saved" reply was received is there, once, with its audit entry, and the
/// store opens cleanly. <c>scripts/durability.sh N</c> runs the same test for N rounds.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const string ActionId = "1.1-a";
    private const int Leads = 6;
    private readonly TempFolder _folder = new();

    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("SAFETYBOT_DURABILITY_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 3;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task KillDuringABurstOfUpdates_EveryAcknowledgedUpdateSurvives()
    {
        var database = _folder.File("durable.db");
        var settings = new Dictionary<string, string> { ["Roles__Admins__0"] = TestUser.Admin.AadObjectId };
        var leads = Enumerable.Range(1, Leads).Select(i => new TestUser($"29:lead-{i}", $"Lead Number{i}", $"00000000-0000-0000-0000-0000000b{i:0000}")).ToList();
        var acknowledged = new ConcurrentBag<string>();
        var random = new Random(4242);

        using (var first = await BotProcess.StartAsync(database, settings))
        {
            foreach (var lead in leads)
            {
                await first.SayAsync($"make someone the lead for {ActionId}", TestUser.Admin, "admin-chat");
                Assert.Contains($"now leads {ActionId}", await first.SayAsync($"{lead.Name}, {lead.AadObjectId}", TestUser.Admin, "admin-chat"), StringComparison.Ordinal);
            }

            first.KillHard();
        }

        for (var round = 1; round <= Rounds; round++)
        {
            var killAfter = TimeSpan.FromMilliseconds(random.Next(800, 2500));
            var before = acknowledged.Count;
            using (var bot = await BotProcess.StartAsync(database, settings))
            {
                using var stop = new CancellationTokenSource();
                var burst = leads.Select(lead => KeepUpdatingAsync(bot, lead, round, acknowledged, stop.Token)).ToList();
                await Task.Delay(killAfter);
                bot.KillHard();
                await stop.CancelAsync();
                await Task.WhenAll(burst);
            }

            output.WriteLine($"round {round}: killed after {killAfter.TotalMilliseconds:0} ms, {acknowledged.Count - before} updates acknowledged");

            // Restart on the same file: it opens cleanly and answers.
            using (var restarted = await BotProcess.StartAsync(database, settings))
            {
                Assert.Equal(HttpStatusCode.OK, await restarted.HealthAsync());
                Assert.Contains("Hello", await restarted.SayAsync("hello", TestUser.Member, $"member-{round}"), StringComparison.Ordinal);
                restarted.KillHard();
            }

            VerifyStore(database, acknowledged);
        }

        Assert.True(acknowledged.Count >= Rounds, $"Only {acknowledged.Count} updates were acknowledged in {Rounds} rounds.");
    }

    /// <summary>Opens the file as the app does (the bot is stopped) and checks it against what was acknowledged.</summary>
    private static void VerifyStore(string path, IEnumerable<string> acknowledged)
    {
        using var database = new SafetyDatabase(path, SafetyBsonMapper.Create(PersistedTypes.All));
        var updates = database.Database.GetCollection<OutcomeUpdate>(OutcomeStore.UpdatesCollection).FindAll().ToList();
        var summaries = updates.Select(u => u.Summary).ToHashSet(StringComparer.Ordinal);
        var missing = acknowledged.Where(summary => !summaries.Contains(summary)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged updates are missing after kill -9, e.g. {string.Join(" | ", missing.Take(3))}");
        Assert.Equal(updates.Count, updates.Select(u => u.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(updates.Count, updates.Select(u => u.Summary).Distinct(StringComparer.Ordinal).Count());
        var logged = database.Database.GetCollection<AuditEntry>(OutcomeStore.AuditCollection).Count(a => a.What == "outcome.logged");
        Assert.Equal(updates.Count, logged);
        Assert.Equal(Leads, database.Database.GetCollection<ActionLead>(OutcomeStore.LeadsCollection).Count());
    }

    /// <summary>One lead logging updates by typing, one after another, until the bot dies.</summary>
    private static async Task KeepUpdatingAsync(BotProcess bot, TestUser lead, int round, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        var chat = $"{lead.Id}-round-{round}";
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            var summary = $"Round {round} update {n} from {lead.Name}";
            try
            {
                foreach (var text in new[] { "log an update", "on track", summary, "skip", "skip" })
                {
                    await bot.SayAsync(text, lead, chat, stop);
                }

                if ((await bot.SayAsync("save", lead, chat, stop)).Contains("Update saved", StringComparison.Ordinal))
                {
                    acknowledged.Add(summary);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
            {
                return;
            }
        }
    }
}
