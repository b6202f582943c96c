using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Schedule;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.PostgreSql;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Storage.PostgreSql;

/// <summary>
/// What the PostgreSQL stores guarantee when several instances (each with its own data source, as separate processes
/// have) write one database at once: one winner where there must be one, no lost count, no lost update.
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private const int Instances = 4;
    private readonly PostgreSqlProviderStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 7, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly List<PostgreSqlDatabase> _instances;

    public SeveralInstancesTests() => _instances = [.. Enumerable.Range(0, Instances).Select(_ => _store.Open())];

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task OneActivity_DeliveredToEveryInstanceAtOnce_IsClaimedExactlyOnce()
    {
        var claims = _instances.Select(db => new PostgreSqlActivityClaims(db, _time)).ToList();
        var keys = Enumerable.Range(0, 50).Select(i => ActivityClaim.KeyOf("msteams", "a:conversation", $"activity-{i}")).ToList();

        var won = await Task.WhenAll(keys.SelectMany(key => claims.Select(c => Task.Run(() => c.TryClaimAsync(key, CancellationToken.None)))));

        Assert.Equal(keys.Count, won.Count(w => w));
    }

    [Fact]
    public async Task AClaimOlderThanTheMemory_IsClaimedAgain()
    {
        var claims = new PostgreSqlActivityClaims(_instances[0], _time);
        var key = ActivityClaim.KeyOf("msteams", "a:conversation", "activity-1");
        Assert.True(await claims.TryClaimAsync(key, CancellationToken.None));
        Assert.False(await new PostgreSqlActivityClaims(_instances[1], _time).TryClaimAsync(key, CancellationToken.None));

        _time.Advance(ActivityClaim.Memory + TimeSpan.FromMinutes(1));

        Assert.True(await new PostgreSqlActivityClaims(_instances[1], _time).TryClaimAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task OneSummaryDelivery_ClaimedByEveryInstanceAtOnce_HasOneWinner()
    {
        var logs = _instances.Select(db => new PostgreSqlSummaryDeliveryLog(db, _time, Options.Create(new QuarterlySummaryOptions()))).ToList();

        var won = await Task.WhenAll(Enumerable.Range(0, 5).SelectMany(_ => logs.Select(log => Task.Run(() => log.TryClaimAsync("FY2018/19-Q1", "19:board", 5)))));

        Assert.Single(won, w => w);
        Assert.Equal(1, (await new PostgreSqlSummaryDeliveryLog(_instances[0], _time, Options.Create(new QuarterlySummaryOptions())).FindAsync("FY2018/19-Q1", "19:board"))!.Attempts);
    }

    [Fact]
    public async Task OneQuestion_RecordedOnEveryInstanceAtOnce_LosesNoCount()
    {
        var logs = _instances.Select(db => new PostgreSqlUnansweredQuestionLog(db, _time, NullLogger<PostgreSqlUnansweredQuestionLog>.Instance)).ToList();

        await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(_ => logs.Select(log => log.RecordAsync("how many foxes in Cambridge?"))));

        Assert.Equal(10 * Instances, Assert.Single(await logs[0].RecentAsync(5)).Times);
    }

    [Fact]
    public async Task OneOutcomeUpdate_SubmittedOnEveryInstanceAtOnce_IsSavedAndAuditedOnce()
    {
        var roles = new RoleOptions();
        roles.Admins.Add("admin-1");
        var stores = _instances.Select(db => new PostgreSqlOutcomeStore(db, new AnyAction(), new StaticRoles(roles), _time)).ToList();
        var lead = new Actor("lead-1", "Lee Lead");
        await stores[0].AssignLeadAsync("1.1-a", lead.AadObjectId, lead.Name, new Actor("admin-1", "Ada Admin"));
        var update = new OutcomeUpdate { ActionId = "1.1-a", IdempotencyKey = "turn-1", Status = OutcomeStatus.OnTrack, Summary = "Two referrals" };

        var saved = await Task.WhenAll(stores.Select(store => Task.Run(() => store.LogAsync(update, lead))));

        Assert.Single(saved, s => !s.WasRepeat);
        Assert.Single(saved.Select(s => s.Update.Id).Distinct());
        Assert.Single(await stores[1].AllUpdatesAsync());
        Assert.Single(await stores[2].ReadAuditAsync(new Actor("admin-1", "Ada Admin"), 10), a => a.What == "outcome.logged");
    }

    [Fact]
    public async Task Migrations_StartedByEveryInstanceAtOnce_AreAppliedOnce()
    {
        using var fresh = new TempPostgresDatabase();

        await Task.WhenAll(Enumerable.Range(0, Instances).Select(_ => Task.Run(fresh.OpenAsync)));

        var applied = fresh.Scalar("SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations");

        Assert.Equal(string.Join(',', PostgreSqlMigrations.All.Select(m => m.Version)), applied);
    }

    private sealed class AnyAction : IActionCatalog
    {
        public bool ActionExists(string actionId) => true;
    }

    private sealed class StaticRoles(RoleOptions value) : IOptionsMonitor<RoleOptions>
    {
        public RoleOptions CurrentValue => value;

        public RoleOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RoleOptions, string?> listener) => null;
    }
}
