using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Storage;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Knowledge.Outcomes;

/// <summary>The outcome store on every provider (one nested class each).</summary>
public abstract class OutcomeStoreTests : IDisposable
{
    private static readonly Actor Admin = new("admin-1", "Ada Admin");
    private static readonly Actor Lead = new("lead-1", "Lee Lead");
    private static readonly Actor OtherLead = new("lead-2", "Lou Lead");
    private static readonly Actor Member = new("member-1", "Mo Member");

    private readonly ProviderStore _stores;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2018, 5, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly RoleOptions _roles = new();
    private readonly IOutcomeStore _store;

    protected OutcomeStoreTests(StoreProvider provider)
    {
        _stores = ProviderStore.Open(provider);
        _roles.Admins.Add(Admin.AadObjectId);
        _store = _stores.Outcomes(new Catalog("1.1-a", "1.2-a"), new StaticOptions(_roles), _time);
    }

    public void Dispose() => _stores.Dispose();

    [Fact]
    public async Task Log_ByTheActionsLead_IsSavedWithWhoAndWhenAndAudited()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);

        var saved = await _store.LogAsync(Draft("1.1-a", "key-1"), Lead);

        Assert.False(saved.WasRepeat);
        var update = Assert.Single(await _store.UpdatesForAsync("1.1-a"));
        Assert.Equal((OutcomeStatus.AtRisk, "Two new referrals", 12m, "referrals"), (update.Status, update.Summary, update.MeasureValue, update.MeasureUnit));
        Assert.Equal((Lead.AadObjectId, Lead.Name, _time.GetUtcNow()), (update.LoggedBy, update.LoggedByName, update.LoggedAt));
        var audit = await _store.ReadAuditAsync(Admin, 10);
        Assert.Equal(["outcome.logged", "lead.assigned"], audit.Select(a => a.What));
        Assert.Null(audit[0].Before);
        Assert.Contains("Two new referrals", audit[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignLead_WithAnIdTooLongForAnIndexKey_IsRefusedAndNothingSaved()
    {
        var refused = await Assert.ThrowsAsync<WriteRefusedException>(() => _store.AssignLeadAsync("1.1-a", new string('x', 1100), "Long Id", Admin));

        Assert.Contains("too long", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await _store.AllLeadsAsync());
        Assert.Empty(await _store.ReadAuditAsync(Admin, 10));
    }

    [Fact]
    public async Task Log_ByNonLead_IsRefusedAndNothingSaved()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        var auditBefore = (await _store.ReadAuditAsync(Admin, 100)).Count;

        await Assert.ThrowsAsync<WriteRefusedException>(() => _store.LogAsync(Draft("1.1-a", "key-1"), Member));

        Assert.Empty(await _store.AllUpdatesAsync());
        Assert.Equal(auditBefore, (await _store.ReadAuditAsync(Admin, 100)).Count);
    }

    [Fact]
    public async Task Log_ByLeadOfAnotherAction_IsRefused()
    {
        await _store.AssignLeadAsync("1.2-a", OtherLead.AadObjectId, OtherLead.Name, Admin);

        await Assert.ThrowsAsync<WriteRefusedException>(() => _store.LogAsync(Draft("1.1-a", "key-1"), OtherLead));
        Assert.Empty(await _store.AllUpdatesAsync());
    }

    [Fact]
    public async Task Log_AfterTheLeadWasRemoved_IsRefused()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        await _store.RemoveLeadAsync("1.1-a", Lead.AadObjectId, Admin);

        await Assert.ThrowsAsync<WriteRefusedException>(() => _store.LogAsync(Draft("1.1-a", "key-1"), Lead));
    }

    [Fact]
    public async Task Log_UnknownAction_IsRefused()
    {
        await Assert.ThrowsAsync<WriteRefusedException>(() => _store.LogAsync(Draft("9.9-z", "key-1"), Lead));
    }

    [Fact]
    public async Task Log_SameSubmissionTwice_IsSavedOnce()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);

        var first = await _store.LogAsync(Draft("1.1-a", "activity-42"), Lead);
        var second = await _store.LogAsync(Draft("1.1-a", "activity-42"), Lead);

        Assert.True(second.WasRepeat);
        Assert.Equal(first.Update.Id, second.Update.Id);
        Assert.Single(await _store.AllUpdatesAsync());
    }

    [Fact]
    public async Task Log_TwoLeadsAtTheSameMoment_BothAreSaved()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        await _store.AssignLeadAsync("1.1-a", OtherLead.AadObjectId, OtherLead.Name, Admin);
        using var start = new ManualResetEventSlim();

        var one = Task.Run(async () => { start.Wait(); return await _store.LogAsync(Draft("1.1-a", "a"), Lead); });
        var two = Task.Run(async () => { start.Wait(); return await _store.LogAsync(Draft("1.1-a", "b"), OtherLead); });
        start.Set();
        await Task.WhenAll(one, two);

        Assert.Equal(2, (await _store.UpdatesForAsync("1.1-a")).Count);
    }

    [Fact]
    public async Task Log_ThenRestart_UpdateIsStillThere()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        await _store.LogAsync(Draft("1.1-a", "key-1"), Lead);

        _stores.Restart();

        Assert.Single(await _stores.Outcomes(new Catalog("1.1-a"), new StaticOptions(_roles), _time).AllUpdatesAsync());
    }

    [Fact]
    public async Task UpdatesFor_ListsNewestFirst()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        await _store.LogAsync(Draft("1.1-a", "k1", "first"), Lead);
        _time.Advance(TimeSpan.FromDays(1));
        await _store.LogAsync(Draft("1.1-a", "k2", "second"), Lead);

        Assert.Equal(["second", "first"], (await _store.UpdatesForAsync("1.1-a")).Select(u => u.Summary));
        Assert.Equal("second", (await _store.LatestByActionAsync())["1.1-a"].Summary);
    }

    [Fact]
    public async Task AssignLead_ByNonAdmin_IsRefusedAndNothingSaved()
    {
        await Assert.ThrowsAsync<WriteRefusedException>(() => _store.AssignLeadAsync("1.1-a", Member.AadObjectId, Member.Name, Lead));

        Assert.Empty(await _store.AllLeadsAsync());
        Assert.Empty(await _store.ReadAuditAsync(Admin, 10));
    }

    [Fact]
    public async Task RemoveLead_IsAuditedWithTheRecordBefore()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);

        Assert.True(await _store.RemoveLeadAsync("1.1-a", Lead.AadObjectId, Admin));

        var entry = (await _store.ReadAuditAsync(Admin, 1))[0];
        Assert.Equal("lead.removed", entry.What);
        Assert.Contains(Lead.Name, entry.Before, StringComparison.Ordinal);
        Assert.Null(entry.After);
        Assert.Empty(await _store.ActionsLedByAsync(Lead.AadObjectId));
    }

    [Fact]
    public async Task ReadAudit_ByNonAdmin_IsRefused()
    {
        await Assert.ThrowsAsync<WriteRefusedException>(() => _store.ReadAuditAsync(Lead, 10));
    }

    [Fact]
    public async Task ExportCsv_WritesEveryUpdateWithAHeader_AndEscapesFormulae()
    {
        await _store.AssignLeadAsync("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        await _store.LogAsync(Draft("1.1-a", "k1", "=HYPERLINK(\"x\"), with a comma"), Lead);
        using var writer = new StringWriter();

        await _store.ExportCsvAsync(writer);

        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,action_id,status,summary,measure_value,measure_unit,occurred_on,logged_at,logged_by", lines[0].TrimEnd('\r'));
        Assert.Equal(2, lines.Length);
        Assert.Contains("1.1-a,At risk,", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", lines[1], StringComparison.Ordinal);
    }

    private static OutcomeUpdate Draft(string actionId, string key, string summary = "Two new referrals") => new()
    {
        ActionId = actionId,
        IdempotencyKey = key,
        Status = OutcomeStatus.AtRisk,
        Summary = summary,
        MeasureValue = 12,
        MeasureUnit = "referrals",
        OccurredOn = new DateTime(2018, 4, 30),
    };

    private sealed class Catalog(params string[] actions) : IActionCatalog
    {
        public bool ActionExists(string actionId) => actions.Contains(actionId);
    }

    private sealed class StaticOptions(RoleOptions value) : IOptionsMonitor<RoleOptions>
    {
        public RoleOptions CurrentValue => value;

        public RoleOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<RoleOptions, string?> listener) => null;
    }

    public sealed class OnLiteDb() : OutcomeStoreTests(StoreProvider.LiteDb);

    public sealed class OnPostgreSql() : OutcomeStoreTests(StoreProvider.PostgreSql);
}
