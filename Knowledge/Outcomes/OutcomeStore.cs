using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Outcomes;

/// <summary>
/// Outcome updates, action leads and the audit log. Every write checks the actor's role at the
/// moment of writing, inside the same transaction as the write and its audit entry; a confirmed
/// write is committed to the LiteDB log before the method returns.
/// </summary>
public sealed class OutcomeStore
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

    /// <summary>Creates the store on the app's database.</summary>
    public OutcomeStore(SafetyDatabase database, IActionCatalog actions, IOptionsMonitor<RoleOptions> roles, TimeProvider time)
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

    /// <summary>True when <paramref name="aadObjectId"/> is one of the configured admins.</summary>
    public bool IsAdmin(string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && _roles.CurrentValue.Admins.Any(admin => string.Equals(admin.Trim(), aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when <paramref name="aadObjectId"/> leads <paramref name="actionId"/>.</summary>
    public bool IsLead(string? aadObjectId, string actionId) =>
        !string.IsNullOrWhiteSpace(aadObjectId) && Leads.FindById(ActionLead.IdOf(actionId, aadObjectId)) is not null;

    /// <summary>The leads of <paramref name="actionId"/>.</summary>
    public IReadOnlyList<ActionLead> LeadsOf(string actionId) =>
        Leads.Find(l => l.ActionId == actionId).OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();

    /// <summary>Every lead assignment.</summary>
    public IReadOnlyList<ActionLead> AllLeads() => Leads.FindAll().OrderBy(l => l.ActionId, StringComparer.Ordinal).ToList();

    /// <summary>The ids of the actions <paramref name="aadObjectId"/> leads.</summary>
    public IReadOnlyList<string> ActionsLedBy(string? aadObjectId) => string.IsNullOrWhiteSpace(aadObjectId)
        ? []
        : Leads.Find(l => l.AadObjectId == aadObjectId).Select(l => l.ActionId).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Saves an outcome update logged by <paramref name="actor"/>. Refused unless the actor leads
    /// the action at this moment. A repeat of the same <see cref="OutcomeUpdate.IdempotencyKey"/>
    /// returns the update saved the first time and writes nothing.
    /// </summary>
    /// <exception cref="WriteRefusedException">The actor does not lead the action, or it does not exist.</exception>
    public SaveOutcome Log(OutcomeUpdate update, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(update.IdempotencyKey);
        if (string.IsNullOrWhiteSpace(update.Summary))
        {
            throw new ArgumentException("An outcome update needs a summary of what happened.", nameof(update));
        }

        if (!_actions.ActionExists(update.ActionId))
        {
            throw new WriteRefusedException($"There is no action '{update.ActionId}'.");
        }

        return InTransaction(() =>
        {
            if (Updates.FindOne(u => u.IdempotencyKey == update.IdempotencyKey) is { } earlier)
            {
                return new SaveOutcome(earlier, WasRepeat: true);
            }

            if (!actor.IsIdentified || Leads.FindById(ActionLead.IdOf(update.ActionId, actor.AadObjectId)) is null)
            {
                throw new WriteRefusedException($"Only a lead of action {update.ActionId} can log its updates.");
            }

            var saved = new OutcomeUpdate
            {
                Id = Guid.NewGuid().ToString("N"),
                IdempotencyKey = update.IdempotencyKey,
                ActionId = update.ActionId,
                Status = update.Status,
                Summary = update.Summary.Trim(),
                MeasureValue = update.MeasureValue,
                MeasureUnit = string.IsNullOrWhiteSpace(update.MeasureUnit) ? null : update.MeasureUnit.Trim(),
                OccurredOn = update.OccurredOn?.Date,
                LoggedAt = _time.GetUtcNow(),
                LoggedBy = actor.AadObjectId,
                LoggedByName = actor.Name,
            };
            Updates.Insert(saved);
            Audit(actor, "outcome.logged", saved.ActionId, before: null, after: saved);
            return new SaveOutcome(saved, WasRepeat: false);
        });
    }

    /// <summary>Makes <paramref name="leadAadObjectId"/> a lead of <paramref name="actionId"/>. Admins only.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin, or the action does not exist.</exception>
    public ActionLead AssignLead(string actionId, string leadAadObjectId, string leadName, Actor admin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leadAadObjectId);
        ArgumentNullException.ThrowIfNull(admin);
        if (!_actions.ActionExists(actionId))
        {
            throw new WriteRefusedException($"There is no action '{actionId}'.");
        }

        if (!IndexKey.Fits(leadAadObjectId.Trim()))
        {
            // The id is indexed, and LiteDB refuses long index keys; a Microsoft Entra object id is 36 characters.
            throw new WriteRefusedException("That member id is too long to be a Microsoft Entra object id.");
        }

        return InTransaction(() =>
        {
            RequireAdmin(admin);
            var id = ActionLead.IdOf(actionId, leadAadObjectId.Trim());
            var before = Leads.FindById(id);
            var lead = new ActionLead
            {
                Id = id,
                ActionId = actionId,
                AadObjectId = leadAadObjectId.Trim(),
                Name = string.IsNullOrWhiteSpace(leadName) ? leadAadObjectId.Trim() : leadName.Trim(),
                AssignedBy = admin.AadObjectId,
                AssignedAt = _time.GetUtcNow(),
            };
            Leads.Upsert(lead);
            Audit(admin, "lead.assigned", actionId, before, lead);
            return lead;
        });
    }

    /// <summary>Removes a lead from an action. Admins only. False when they were not a lead.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin.</exception>
    public bool RemoveLead(string actionId, string leadAadObjectId, Actor admin)
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

    /// <summary>The updates of <paramref name="actionId"/>, newest first.</summary>
    public IReadOnlyList<OutcomeUpdate> UpdatesFor(string actionId) =>
        Updates.Find(u => u.ActionId == actionId).OrderByDescending(u => u.LoggedAt).ToList();

    /// <summary>Every update logged from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), newest first.</summary>
    public IReadOnlyList<OutcomeUpdate> UpdatesLogged(DateTimeOffset from, DateTimeOffset to) =>
        Updates.Find(u => u.LoggedAt >= from && u.LoggedAt < to).OrderByDescending(u => u.LoggedAt).ToList();

    /// <summary>Every update, newest first.</summary>
    public IReadOnlyList<OutcomeUpdate> AllUpdates() => Updates.FindAll().OrderByDescending(u => u.LoggedAt).ToList();

    /// <summary>The latest update of each action that has one.</summary>
    public IReadOnlyDictionary<string, OutcomeUpdate> LatestByAction() =>
        Updates.FindAll().GroupBy(u => u.ActionId).ToDictionary(g => g.Key, g => g.MaxBy(u => u.LoggedAt)!, StringComparer.Ordinal);

    /// <summary>The newest audit entries, newest first. Admins only.</summary>
    /// <exception cref="WriteRefusedException">The reader is not an admin.</exception>
    public IReadOnlyList<AuditEntry> ReadAudit(Actor reader, int count)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RequireAdmin(reader);
        return AuditLog.Query().OrderByDescending(a => a.Id).Limit(count).ToList();
    }

    /// <summary>Writes every outcome update as CSV (<see cref="SafeCsvWriter"/>: formula-safe), oldest first.</summary>
    public void ExportCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new SafeCsvWriter(writer);
        csv.WriteRecord(OutcomeUpdateRow.Header);
        foreach (var update in Updates.FindAll().OrderBy(u => u.LoggedAt))
        {
            csv.WriteRecord(OutcomeUpdateRow.From(update).Fields());
        }

        csv.Flush();
    }

    private void RequireAdmin(Actor actor)
    {
        if (!IsAdmin(actor.AadObjectId))
        {
            throw new WriteRefusedException("Only a SafetyBot admin can do that.");
        }
    }

    private void Audit(Actor actor, string what, string subject, object? before, object? after) =>
        AuditRecords.Insert(_database.Database, _time.GetUtcNow(), actor, what, subject, before, after);

    private T InTransaction<T>(Func<T> write) => _database.InTransaction(_gate, write);
}
