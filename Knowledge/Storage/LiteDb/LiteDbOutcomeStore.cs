using LiteDB;
using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary>
/// <see cref="IOutcomeStore"/> in the LiteDB file: outcome updates, action leads and the audit log. Every write
/// checks the actor's role at the moment of writing, inside the same transaction as the write and its audit entry;
/// a confirmed write is committed to the LiteDB log before the method returns.
/// </summary>
public sealed class LiteDbOutcomeStore : IOutcomeStore
{
    /// <summary>Collection of outcome updates.</summary>
    public const string UpdatesCollection = "outcome_updates";

    /// <summary>Collection of action leads.</summary>
    public const string LeadsCollection = "action_leads";

    /// <summary>Collection of audit entries.</summary>
    public const string AuditCollection = "audit_log";

    private readonly SafetyDatabase _database;
    private readonly IActionCatalog _actions;
    private readonly IOptionsMonitor<RoleOptions> _roles;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private long _version;

    /// <summary>Creates the store on the app's database.</summary>
    public LiteDbOutcomeStore(SafetyDatabase database, IActionCatalog actions, IOptionsMonitor<RoleOptions> roles, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _actions = actions;
        _roles = roles;
        _time = time;

        Updates.EnsureIndex(u => u.IdempotencyKey, unique: true);
        Updates.EnsureIndex(u => u.ActionId);
        Leads.EnsureIndex(l => l.AadObjectId);
        Leads.EnsureIndex(l => l.ActionId);
    }

    private ILiteCollection<OutcomeUpdate> Updates => _database.Database.GetCollection<OutcomeUpdate>(UpdatesCollection);

    private ILiteCollection<ActionLead> Leads => _database.Database.GetCollection<ActionLead>(LeadsCollection);

    private ILiteCollection<AuditEntry> AuditLog => _database.Database.GetCollection<AuditEntry>(AuditCollection);

    /// <inheritdoc />
    public bool IsAdmin(string? aadObjectId) => OutcomeRules.IsAdmin(_roles.CurrentValue, aadObjectId);

    /// <inheritdoc />
    public Task<bool> IsLeadAsync(string? aadObjectId, string actionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(!string.IsNullOrWhiteSpace(aadObjectId) && Leads.FindById(ActionLead.IdOf(actionId, aadObjectId)) is not null);

    /// <inheritdoc />
    public Task<IReadOnlyList<ActionLead>> LeadsOfAsync(string actionId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ActionLead>>(Leads.Find(l => l.ActionId == actionId).OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<ActionLead>> AllLeadsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ActionLead>>(Leads.FindAll().OrderBy(l => l.ActionId, StringComparer.Ordinal).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ActionsLedByAsync(string? aadObjectId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>(string.IsNullOrWhiteSpace(aadObjectId)
        ? []
        : Leads.Find(l => l.AadObjectId == aadObjectId).Select(l => l.ActionId).Distinct().Order(StringComparer.Ordinal).ToList());

    /// <inheritdoc />
    public Task<SaveOutcome> LogAsync(OutcomeUpdate update, Actor actor, CancellationToken cancellationToken = default)
    {
        OutcomeRules.CheckUpdate(update, actor, _actions);
        return InTransaction(() =>
        {
            if (Updates.FindOne(u => u.IdempotencyKey == update.IdempotencyKey) is { } earlier)
            {
                return new SaveOutcome(earlier, WasRepeat: true);
            }

            if (!actor.IsIdentified || Leads.FindById(ActionLead.IdOf(update.ActionId, actor.AadObjectId)) is null)
            {
                throw OutcomeRules.NotALead(update.ActionId);
            }

            var saved = OutcomeRules.ToSave(update, actor, _time.GetUtcNow());
            Updates.Insert(saved);
            Audit(actor, "outcome.logged", saved.ActionId, before: null, after: saved);
            return new SaveOutcome(saved, WasRepeat: false);
        });
    }

    /// <inheritdoc />
    public Task<ActionLead> AssignLeadAsync(string actionId, string leadAadObjectId, string leadName, Actor admin, CancellationToken cancellationToken = default)
    {
        OutcomeRules.CheckAssignment(actionId, leadAadObjectId, admin, _actions);
        return InTransaction(() =>
        {
            RequireAdmin(admin);
            var lead = OutcomeRules.ToAssign(actionId, leadAadObjectId, leadName, admin, _time.GetUtcNow());
            var before = Leads.FindById(lead.Id);
            Leads.Upsert(lead);
            Audit(admin, "lead.assigned", actionId, before, lead);
            return lead;
        });
    }

    /// <inheritdoc />
    public Task<bool> RemoveLeadAsync(string actionId, string leadAadObjectId, Actor admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return InTransaction(() =>
        {
            RequireAdmin(admin);
            var id = ActionLead.IdOf(actionId, leadAadObjectId);
            var before = Leads.FindById(id);
            if (before is null)
            {
                return false;
            }

            Leads.Delete(id);
            Audit(admin, "lead.removed", actionId, before, after: null);
            return true;
        });
    }

    /// <inheritdoc />
    public Task RecordAuditAsync(Actor actor, string what, string subject, object? before, object? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return InTransaction(() =>
        {
            Audit(actor, what, subject, before, after);
            return true;
        });
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<OutcomeUpdate>> UpdatesForAsync(string actionId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutcomeUpdate>>(Updates.Find(u => u.ActionId == actionId).OrderByDescending(u => u.LoggedAt).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<OutcomeUpdate>> UpdatesLoggedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutcomeUpdate>>(Updates.Find(u => u.LoggedAt >= from && u.LoggedAt < to).OrderByDescending(u => u.LoggedAt).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<OutcomeUpdate>> AllUpdatesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutcomeUpdate>>(Updates.FindAll().OrderByDescending(u => u.LoggedAt).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, OutcomeUpdate>> LatestByActionAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, OutcomeUpdate>>(Updates.FindAll().GroupBy(u => u.ActionId).ToDictionary(g => g.Key, g => g.MaxBy(u => u.LoggedAt)!, StringComparer.Ordinal));

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(Actor reader, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RequireAdmin(reader);
        return Task.FromResult<IReadOnlyList<AuditEntry>>(AuditLog.Query().OrderByDescending(a => a.Id).Limit(count).ToList());
    }

    /// <inheritdoc />
    public Task ExportCsvAsync(TextWriter writer, CancellationToken cancellationToken = default)
    {
        OutcomeRules.WriteCsv(writer, Updates.FindAll().OrderBy(u => u.LoggedAt));
        return Task.CompletedTask;
    }

    private void RequireAdmin(Actor actor)
    {
        if (!IsAdmin(actor.AadObjectId))
        {
            throw OutcomeRules.NotAnAdmin();
        }
    }

    private void Audit(Actor actor, string what, string subject, object? before, object? after) =>
        AuditLog.Insert(OutcomeRules.Audit(actor, what, subject, before, after, _time.GetUtcNow()));

    /// <inheritdoc />
    public long Version => Interlocked.Read(ref _version);

    private Task<T> InTransaction<T>(Func<T> write)
    {
        try
        {
            return Task.FromResult(_database.InTransaction(_gate, write));
        }
        finally
        {
            // After the commit: a reader that saw the version before it read the records keeps nothing older than the version says.
            Interlocked.Increment(ref _version);
        }
    }
}
