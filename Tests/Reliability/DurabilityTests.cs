using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SafetyBot.Bot.Adapter;
using SafetyBot.Bot.Hosting;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;
using Xunit.Abstractions;
using SafetyBot.Knowledge.Storage.LiteDb;
using Npgsql;

namespace SafetyBot.Tests.Reliability;

/// <summary>
/// kill -9 during a burst of concurrent outcome updates, restart on the same store: every
/// update whose "Update saved" reply was received is there, once, with its audit entry, and the
/// store opens cleanly. Every round acknowledges updates before the kill, which is timed by them,
/// and a failed turn (non-2xx, or the apology) fails the test. On every provider (one nested class
/// each): the LiteDB file, or a PostgreSQL database with the instance's local copy of the knowledge
/// in the file. <c>scripts/durability.sh N</c> runs the same test for N rounds.
/// </summary>
public abstract class DurabilityTests(StoreProvider provider, ITestOutputHelper output) : IDisposable
{
    private const string ActionId = "1.1-a";
    private const int Leads = 6;
    private readonly TempFolder _folder = new();
    private readonly TempPostgresDatabase? _postgres = provider == StoreProvider.PostgreSql ? new TempPostgresDatabase() : null;

    /// <summary>How long a round may take to acknowledge the saves it waits for before the kill (a bound, not a measure).</summary>
    private static readonly TimeSpan ProgressTimeout = TimeSpan.FromMinutes(2);

    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("SAFETYBOT_DURABILITY_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 3;

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _postgres?.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task KillDuringABurstOfUpdates_EveryAcknowledgedUpdateSurvives()
    {
        var database = _folder.File("durable.db");
        var settings = new Dictionary<string, string> { ["Roles__Admins__0"] = TestUser.Admin.AadObjectId };
        if (_postgres is not null)
        {
            settings["Storage__Provider"] = nameof(StoreProvider.PostgreSql);
            settings["ConnectionStrings__SafetyBot"] = _postgres.ConnectionString;
        }

        var leads = Enumerable.Range(1, Leads).Select(i => new TestUser($"29:lead-{i}", $"Lead Number{i}", $"00000000-0000-0000-0000-0000000b{i:0000}")).ToList();
        var acknowledged = new List<string>();
        var random = new Random(4242);

        using (var setup = await BotProcess.StartAsync(database, settings))
        {
            foreach (var lead in leads)
            {
                await setup.SayAsync($"make someone the lead for {ActionId}", TestUser.Admin, "admin-chat");
                Assert.Contains($"now leads {ActionId}", await setup.SayAsync($"{lead.Name}, {lead.AadObjectId}", TestUser.Admin, "admin-chat"), StringComparison.Ordinal);
            }

            setup.KillHard();
        }

        for (var round = 1; round <= Rounds; round++)
        {
            // The kill is timed by the bot's own progress: once this many saves were acknowledged in this
            // round and this many more turns answered, as the next save is sent (so it lands among writes).
            var burst = new Burst(round, killAtAcknowledged: random.Next(Leads / 2, 2 * Leads), thenTurns: random.Next(0, Leads));
            var elapsed = Stopwatch.StartNew();
            using (var bot = await BotProcess.StartAsync(database, settings))
            {
                elapsed.Restart();
                using var stop = new CancellationTokenSource();
                var leadsUpdating = Task.WhenAll(leads.Select(lead => burst.KeepUpdatingAsync(bot, lead, stop.Token)));
                try
                {
                    var first = await Task.WhenAny(burst.KillPoint, Task.Delay(ProgressTimeout));
                    Assert.True(first == burst.KillPoint, $"Round {round}: only {burst.Acknowledged.Count} of the {burst.KillAtAcknowledged} saves wanted before the kill were acknowledged within {ProgressTimeout}.");
                    await burst.KillPoint; // Faulted when a lead failed before the kill.
                }
                finally
                {
                    burst.Kill(bot);
                    elapsed.Stop();
                    await stop.CancelAsync();
                }

                await leadsUpdating;
            }

            output.WriteLine($"round {round}: killed as a save was sent once {burst.KillAtAcknowledged} saves were acknowledged and {burst.ThenTurns} more turns answered ({burst.SavesInFlightAtKill} saves in flight, {elapsed.Elapsed.TotalSeconds:0.0} s after the start); {burst.Acknowledged.Count} updates acknowledged");
            Assert.True(burst.Acknowledged.Count >= burst.KillAtAcknowledged, $"Round {round} acknowledged {burst.Acknowledged.Count} updates.");
            acknowledged.AddRange(burst.Acknowledged);

            // Restart on the same file: it opens cleanly and answers.
            using (var restarted = await BotProcess.StartAsync(database, settings))
            {
                Assert.Equal(HttpStatusCode.OK, await restarted.HealthAsync());
                Assert.Contains("Hello", await restarted.SayAsync("hello", TestUser.Member, $"member-{round}"), StringComparison.Ordinal);
                restarted.KillHard();
            }

            VerifyStore(database, acknowledged);
        }
    }

    /// <summary>Reads the store as it is (the bot is stopped) and checks it against what was acknowledged.</summary>
    private void VerifyStore(string path, IEnumerable<string> acknowledged)
    {
        var (updates, logged, leads) = _postgres is null ? ReadLiteDb(path) : ReadPostgreSql(_postgres);
        var summaries = updates.Select(u => u.Summary).ToHashSet(StringComparer.Ordinal);
        var missing = acknowledged.Where(summary => !summaries.Contains(summary)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} acknowledged updates are missing after kill -9, e.g. {string.Join(" | ", missing.Take(3))}");
        Assert.Equal(updates.Count, updates.Select(u => u.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(updates.Count, updates.Select(u => u.Summary).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(updates.Count, logged);
        Assert.Equal(Leads, leads);
    }

    /// <summary>Opens the file as the app does: the updates, the audit entries of updates logged, the leads.</summary>
    private static (List<(string Summary, string IdempotencyKey)> Updates, long Logged, long Leads) ReadLiteDb(string path)
    {
        using var database = new SafetyDatabase(path, SafetyBsonMapper.Create(PersistedTypes.All));
        var updates = database.Database.GetCollection<OutcomeUpdate>(LiteDbOutcomeStore.UpdatesCollection).FindAll().Select(u => (u.Summary, u.IdempotencyKey)).ToList();
        var logged = database.Database.GetCollection<AuditEntry>(LiteDbOutcomeStore.AuditCollection).Count(a => a.What == "outcome.logged");
        return (updates, logged, database.Database.GetCollection<ActionLead>(LiteDbOutcomeStore.LeadsCollection).Count());
    }

    /// <summary>The same from the PostgreSQL database's tables.</summary>
    private static (List<(string Summary, string IdempotencyKey)> Updates, long Logged, long Leads) ReadPostgreSql(TempPostgresDatabase database)
    {
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        var updates = new List<(string, string)>();
        using (var command = new NpgsqlCommand("SELECT summary, idempotency_key FROM outcome_updates", connection))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                updates.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var logged = Convert.ToInt64(database.Scalar("SELECT count(*) FROM audit_log WHERE what = 'outcome.logged'"), System.Globalization.CultureInfo.InvariantCulture);
        var leads = Convert.ToInt64(database.Scalar("SELECT count(*) FROM action_leads"), System.Globalization.CultureInfo.InvariantCulture);
        return (updates, logged, leads);
    }

    /// <summary>
    /// One round's burst: every lead logs updates by typing, one after another, until the bot is killed.
    /// Before the kill every turn must be answered 2xx without the error boundary's apology, and every
    /// "save" must be acknowledged; after it, a dropped or refused connection ends the lead, but an
    /// answer the bot still gave must be a good one.
    /// </summary>
    private sealed class Burst(int round, int killAtAcknowledged, int thenTurns)
    {
        private readonly TaskCompletionSource _killPoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _turnsAfterKillPoint;
        private int _savesInFlight;
        private volatile bool _killed;

        public int KillAtAcknowledged => killAtAcknowledged;

        public int ThenTurns => thenTurns;

        public ConcurrentBag<string> Acknowledged { get; } = [];

        /// <summary>
        /// Completes as a save is sent once <see cref="KillAtAcknowledged"/> saves were acknowledged and then
        /// <see cref="ThenTurns"/> more turns answered; fails with the first lead's failure before that.
        /// </summary>
        public Task KillPoint => _killPoint.Task;

        public int SavesInFlightAtKill { get; private set; }

        public void Kill(BotProcess bot)
        {
            _killed = true;
            SavesInFlightAtKill = Volatile.Read(ref _savesInFlight);
            bot.KillHard();
        }

        public async Task KeepUpdatingAsync(BotProcess bot, TestUser lead, CancellationToken stop)
        {
            var chat = $"{lead.Id}-round-{round}";
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                var summary = $"Round {round} update {n} from {lead.Name}";
                try
                {
                    foreach (var text in new[] { "log an update", "on track", summary, "skip", "skip" })
                    {
                        await SayAsync(bot, text, lead, chat, stop);
                    }

                    Saving();
                    var saved = await SayAsync(bot, "save", lead, chat, stop);
                    Interlocked.Decrement(ref _savesInFlight);
                    Assert.True(saved.Contains("Update saved", StringComparison.Ordinal), $"\"save\" of \"{summary}\" was answered without \"Update saved\": {saved}");
                    Acknowledged.Add(summary);
                    Answered();
                }
                catch (Exception exception) when (_killed && exception is HttpRequestException or IOException or OperationCanceledException)
                {
                    return;
                }
                catch (Exception exception)
                {
                    _killPoint.TrySetException(exception);
                    throw;
                }
            }
        }

        private async Task<string> SayAsync(BotProcess bot, string text, TestUser lead, string chat, CancellationToken stop)
        {
            var said = await bot.SayAsync(text, lead, chat, stop);
            Assert.False(said.Contains(SafetyBotAdapter.ApologyOpening, StringComparison.Ordinal), $"\"{text}\" from {lead.Name} failed a turn: {said}");
            if (text != "save")
            {
                Answered();
            }

            return said;
        }

        private void Answered()
        {
            if (Acknowledged.Count >= killAtAcknowledged)
            {
                Interlocked.Increment(ref _turnsAfterKillPoint);
            }
        }

        private void Saving()
        {
            Interlocked.Increment(ref _savesInFlight);
            if (Acknowledged.Count >= killAtAcknowledged && Volatile.Read(ref _turnsAfterKillPoint) >= thenTurns)
            {
                _killPoint.TrySetResult();
            }
        }
    }

    /// <summary>On the LiteDB file.</summary>
    public sealed class OnLiteDb(ITestOutputHelper output) : DurabilityTests(StoreProvider.LiteDb, output);

    /// <summary>On PostgreSQL (a database of its own); the file is the instance's local copy of the knowledge.</summary>
    public sealed class OnPostgreSql(ITestOutputHelper output) : DurabilityTests(StoreProvider.PostgreSql, output);
}
