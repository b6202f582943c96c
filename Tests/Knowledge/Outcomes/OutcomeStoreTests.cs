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
    public void Log_ByTheActionsLead_IsSavedWithWhoAndWhenAndAudited()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);

        var saved = _store.Log(Draft("1.1-a", "key-1"), Lead);

        Assert.False(saved.WasRepeat);
        var update = Assert.Single(_store.UpdatesFor("1.1-a"));
        Assert.Equal((OutcomeStatus.AtRisk, "Two new referrals", 12m, "referrals"), (update.Status, update.Summary, update.MeasureValue, update.MeasureUnit));
        Assert.Equal((Lead.AadObjectId, Lead.Name, _time.GetUtcNow()), (update.LoggedBy, update.LoggedByName, update.LoggedAt));
        var audit = _store.ReadAudit(Admin, 10);
        Assert.Equal(["outcome.logged", "lead.assigned"], audit.Select(a => a.What));
        Assert.Null(audit[0].Before);
        Assert.Contains("Two new referrals", audit[0].After, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignLead_WithAnIdTooLongForAnIndexKey_IsRefusedAndNothingSaved()
    {
        var refused = Assert.Throws<WriteRefusedException>(() => _store.AssignLead("1.1-a", new string('x', 1100), "Long Id", Admin));

        Assert.Contains("too long", refused.Message, StringComparison.Ordinal);
        Assert.Empty(_store.AllLeads());
        Assert.Empty(_store.ReadAudit(Admin, 10));
    }

    [Fact]
    public void Log_ByNonLead_IsRefusedAndNothingSaved()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        var auditBefore = _store.ReadAudit(Admin, 100).Count;

        Assert.Throws<WriteRefusedException>(() => _store.Log(Draft("1.1-a", "key-1"), Member));

        Assert.Empty(_store.AllUpdates());
        Assert.Equal(auditBefore, _store.ReadAudit(Admin, 100).Count);
    }

    [Fact]
    public void Log_ByLeadOfAnotherAction_IsRefused()
    {
        _store.AssignLead("1.2-a", OtherLead.AadObjectId, OtherLead.Name, Admin);

        Assert.Throws<WriteRefusedException>(() => _store.Log(Draft("1.1-a", "key-1"), OtherLead));
        Assert.Empty(_store.AllUpdates());
    }

    [Fact]
    public void Log_AfterTheLeadWasRemoved_IsRefused()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        _store.RemoveLead("1.1-a", Lead.AadObjectId, Admin);

        Assert.Throws<WriteRefusedException>(() => _store.Log(Draft("1.1-a", "key-1"), Lead));
    }

    [Fact]
    public void Log_UnknownAction_IsRefused()
    {
        Assert.Throws<WriteRefusedException>(() => _store.Log(Draft("9.9-z", "key-1"), Lead));
    }

    [Fact]
    public void Log_SameSubmissionTwice_IsSavedOnce()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);

        var first = _store.Log(Draft("1.1-a", "activity-42"), Lead);
        var second = _store.Log(Draft("1.1-a", "activity-42"), Lead);

        Assert.True(second.WasRepeat);
        Assert.Equal(first.Update.Id, second.Update.Id);
        Assert.Single(_store.AllUpdates());
    }

    [Fact]
    public async Task Log_TwoLeadsAtTheSameMoment_BothAreSaved()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        _store.AssignLead("1.1-a", OtherLead.AadObjectId, OtherLead.Name, Admin);
        using var start = new ManualResetEventSlim();

        var one = Task.Run(() => { start.Wait(); return _store.Log(Draft("1.1-a", "a"), Lead); });
        var two = Task.Run(() => { start.Wait(); return _store.Log(Draft("1.1-a", "b"), OtherLead); });
        start.Set();
        await Task.WhenAll(one, two);

        Assert.Equal(2, _store.UpdatesFor("1.1-a").Count);
    }

    [Fact]
    public void Log_ThenRestart_UpdateIsStillThere()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        _store.Log(Draft("1.1-a", "key-1"), Lead);

        _stores.Restart();

        Assert.Single(_stores.Outcomes(new Catalog("1.1-a"), new StaticOptions(_roles), _time).AllUpdates());
    }

    [Fact]
    public void UpdatesFor_ListsNewestFirst()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        _store.Log(Draft("1.1-a", "k1", "first"), Lead);
        _time.Advance(TimeSpan.FromDays(1));
        _store.Log(Draft("1.1-a", "k2", "second"), Lead);

        Assert.Equal(["second", "first"], _store.UpdatesFor("1.1-a").Select(u => u.Summary));
        Assert.Equal("second", _store.LatestByAction()["1.1-a"].Summary);
    }

    [Fact]
    public void AssignLead_ByNonAdmin_IsRefusedAndNothingSaved()
    {
        Assert.Throws<WriteRefusedException>(() => _store.AssignLead("1.1-a", Member.AadObjectId, Member.Name, Lead));

        Assert.Empty(_store.AllLeads());
        Assert.Empty(_store.ReadAudit(Admin, 10));
    }

    [Fact]
    public void RemoveLead_IsAuditedWithTheRecordBefore()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);

        Assert.True(_store.RemoveLead("1.1-a", Lead.AadObjectId, Admin));

        var entry = _store.ReadAudit(Admin, 1)[0];
        Assert.Equal("lead.removed", entry.What);
        Assert.Contains(Lead.Name, entry.Before, StringComparison.Ordinal);
        Assert.Null(entry.After);
        Assert.Empty(_store.ActionsLedBy(Lead.AadObjectId));
    }

    [Fact]
    public void ReadAudit_ByNonAdmin_IsRefused()
    {
        Assert.Throws<WriteRefusedException>(() => _store.ReadAudit(Lead, 10));
    }

    [Fact]
    public void ExportCsv_WritesEveryUpdateWithAHeader_AndEscapesFormulae()
    {
        _store.AssignLead("1.1-a", Lead.AadObjectId, Lead.Name, Admin);
        _store.Log(Draft("1.1-a", "k1", "=HYPERLINK(\"x\"), with a comma"), Lead);
        using var writer = new StringWriter();

        _store.ExportCsv(writer);

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
