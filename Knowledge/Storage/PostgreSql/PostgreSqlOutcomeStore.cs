using Microsoft.Extensions.Options;
using Npgsql;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Knowledge.Storage.PostgreSql;

/// <summary>
/// <see cref="IOutcomeStore"/> on PostgreSQL (tables <c>outcome_updates</c>, <c>action_leads</c>, <c>audit_log</c>).
/// Each write is one transaction: the lead row is read <c>FOR SHARE</c> (so a concurrent removal waits for the
/// update, or the update sees the removal), the idempotency key is unique, and the audit entry is written with it.
/// </summary>
public sealed class PostgreSqlOutcomeStore : IOutcomeStore
{
    private const string UpdateColumns =
        "id, idempotency_key, action_id, status, summary, measure_value, measure_unit, occurred_on, logged_at, logged_by, logged_by_name";

    private const string LeadColumns = "action_id, aad_object_id, name, assigned_by, assigned_at";

    private readonly PostgreSqlDatabase _database;
    private readonly IActionCatalog _actions;
    private readonly IOptionsMonitor<RoleOptions> _roles;
    private readonly TimeProvider _time;
    private long _reads;

    /// <summary>Creates the store on the app's database.</summary>
    public PostgreSqlOutcomeStore(PostgreSqlDatabase database, IActionCatalog actions, IOptionsMonitor<RoleOptions> roles, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _actions = actions;
        _roles = roles;
        _time = time;
    }

    /// <inheritdoc />
    /// <remarks>Another instance may have written since: a new value on every read, so no card showing leads or updates is kept.</remarks>
    public long Version => Interlocked.Increment(ref _reads);

    /// <inheritdoc />
    public bool IsAdmin(string? aadObjectId) => OutcomeRules.IsAdmin(_roles.CurrentValue, aadObjectId);

    /// <inheritdoc />
    public bool IsLead(string? aadObjectId, string actionId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && Sql.Query(_database, "SELECT 1 FROM action_leads WHERE action_id = $1 AND aad_object_id = $2", r => r.GetInt32(0), actionId, aadObjectId).Count > 0;

    /// <inheritdoc />
    public IReadOnlyList<ActionLead> LeadsOf(string actionId) =>
        Sql.Query(_database, $"SELECT {LeadColumns} FROM action_leads WHERE action_id = $1", ReadLead, actionId)
            .OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();

    /// <inheritdoc />
    public IReadOnlyList<ActionLead> AllLeads() =>
        Sql.Query(_database, $"SELECT {LeadColumns} FROM action_leads", ReadLead).OrderBy(l => l.ActionId, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public IReadOnlyList<string> ActionsLedBy(string? aadObjectId) => string.IsNullOrWhiteSpace(aadObjectId)
        ? []
        : Sql.Query(_database, "SELECT DISTINCT action_id FROM action_leads WHERE aad_object_id = $1", r => r.GetString(0), aadObjectId)
            .Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public SaveOutcome Log(OutcomeUpdate update, Actor actor)
    {
        OutcomeRules.CheckUpdate(update, actor, _actions);
        return Sql.InTransaction(_database, (connection, transaction) =>
        {
            if (FindByIdempotencyKey(connection, transaction, update.IdempotencyKey) is { } earlier)
            {
                return new SaveOutcome(earlier, WasRepeat: true);
            }

            var leads = actor.IsIdentified
                ? Sql.Query(connection, transaction, "SELECT 1 FROM action_leads WHERE action_id = $1 AND aad_object_id = $2 FOR SHARE", r => r.GetInt32(0), update.ActionId, actor.AadObjectId)
                : [];
            if (leads.Count == 0)
            {
                throw OutcomeRules.NotALead(update.ActionId);
            }

            var saved = OutcomeRules.ToSave(update, actor, _time.GetUtcNow());
            var inserted = Sql.Execute(
                connection,
                transaction,
                $"INSERT INTO outcome_updates ({UpdateColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (idempotency_key) DO NOTHING",
                saved.Id,
                saved.IdempotencyKey,
                saved.ActionId,
                saved.Status.ToString(),
                saved.Summary,
                saved.MeasureValue,
                saved.MeasureUnit,
                saved.OccurredOn is { } day ? DateOnly.FromDateTime(day) : null,
                saved.LoggedAt,
                saved.LoggedBy,
                saved.LoggedByName);
            if (inserted == 0)
            {
                // The same update, saved at this moment by another turn (another instance): that one stands.
                return new SaveOutcome(FindByIdempotencyKey(connection, transaction, update.IdempotencyKey)!, WasRepeat: true);
            }

            Audit(connection, transaction, actor, "outcome.logged", saved.ActionId, before: null, after: saved);
            return new SaveOutcome(saved, WasRepeat: false);
        });
    }

    /// <inheritdoc />
    public ActionLead AssignLead(string actionId, string leadAadObjectId, string leadName, Actor admin)
    {
        OutcomeRules.CheckAssignment(actionId, leadAadObjectId, admin, _actions);
        return Sql.InTransaction(_database, (connection, transaction) =>
        {
            RequireAdmin(admin);
            var lead = OutcomeRules.ToAssign(actionId, leadAadObjectId, leadName, admin, _time.GetUtcNow());
            var before = FindLead(connection, transaction, lead.ActionId, lead.AadObjectId, forUpdate: true);
            Sql.Execute(
                connection,
                transaction,
                $"""
                INSERT INTO action_leads ({LeadColumns}) VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (action_id, aad_object_id) DO UPDATE SET name = excluded.name, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at
                """,
                lead.ActionId,
                lead.AadObjectId,
                lead.Name,
                lead.AssignedBy,
                lead.AssignedAt);
            Audit(connection, transaction, admin, "lead.assigned", actionId, before, lead);
            return lead;
        });
    }

    /// <inheritdoc />
    public bool RemoveLead(string actionId, string leadAadObjectId, Actor admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return Sql.InTransaction(_database, (connection, transaction) =>
        {
            RequireAdmin(admin);
            var before = FindLead(connection, transaction, actionId, leadAadObjectId, forUpdate: true);
            if (before is null)
            {
                return false;
            }

            Sql.Execute(connection, transaction, "DELETE FROM action_leads WHERE action_id = $1 AND aad_object_id = $2", actionId, leadAadObjectId);
            Audit(connection, transaction, admin, "lead.removed", actionId, before, after: null);
            return true;
        });
    }

    /// <inheritdoc />
    public void RecordAudit(Actor actor, string what, string subject, object? before, object? after)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Sql.InTransaction(_database, (connection, transaction) =>
        {
            Audit(connection, transaction, actor, what, subject, before, after);
            return true;
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<OutcomeUpdate> UpdatesFor(string actionId) =>
        Sql.Query(_database, $"SELECT {UpdateColumns} FROM outcome_updates WHERE action_id = $1 ORDER BY logged_at DESC", ReadUpdate, actionId);

    /// <inheritdoc />
    public IReadOnlyList<OutcomeUpdate> UpdatesLogged(DateTimeOffset from, DateTimeOffset to) =>
        Sql.Query(_database, $"SELECT {UpdateColumns} FROM outcome_updates WHERE logged_at >= $1 AND logged_at < $2 ORDER BY logged_at DESC", ReadUpdate, from, to);

    /// <inheritdoc />
    public IReadOnlyList<OutcomeUpdate> AllUpdates() =>
        Sql.Query(_database, $"SELECT {UpdateColumns} FROM outcome_updates ORDER BY logged_at DESC", ReadUpdate);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, OutcomeUpdate> LatestByAction() =>
        Sql.Query(_database, $"SELECT DISTINCT ON (action_id) {UpdateColumns} FROM outcome_updates ORDER BY action_id, logged_at DESC", ReadUpdate)
            .ToDictionary(u => u.ActionId, StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyList<AuditEntry> ReadAudit(Actor reader, int count)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RequireAdmin(reader);
        return Sql.Query(
            _database,
            "SELECT id, at, who, who_name, what, subject, before::text, after::text FROM audit_log ORDER BY id DESC LIMIT $1",
            r => new AuditEntry
            {
                Id = r.GetInt32(0),
                At = Sql.Time(r, 1),
                Who = r.GetString(2),
                WhoName = r.GetString(3),
                What = r.GetString(4),
                Subject = r.GetString(5),
                Before = r.IsDBNull(6) ? null : r.GetString(6),
                After = r.IsDBNull(7) ? null : r.GetString(7),
            },
            count);
    }

    /// <inheritdoc />
    public void ExportCsv(TextWriter writer) =>
        OutcomeRules.WriteCsv(writer, Sql.Query(_database, $"SELECT {UpdateColumns} FROM outcome_updates ORDER BY logged_at", ReadUpdate));

    private static OutcomeUpdate ReadUpdate(NpgsqlDataReader r) => new()
    {
        Id = r.GetString(0),
        IdempotencyKey = r.GetString(1),
        ActionId = r.GetString(2),
        Status = Enum.Parse<OutcomeStatus>(r.GetString(3)),
        Summary = r.GetString(4),
        MeasureValue = r.IsDBNull(5) ? null : r.GetDecimal(5),
        MeasureUnit = r.IsDBNull(6) ? null : r.GetString(6),
        OccurredOn = r.IsDBNull(7) ? null : r.GetFieldValue<DateOnly>(7).ToDateTime(TimeOnly.MinValue),
        LoggedAt = Sql.Time(r, 8),
        LoggedBy = r.GetString(9),
        LoggedByName = r.GetString(10),
    };

    private static ActionLead ReadLead(NpgsqlDataReader r) => new()
    {
        Id = ActionLead.IdOf(r.GetString(0), r.GetString(1)),
        ActionId = r.GetString(0),
        AadObjectId = r.GetString(1),
        Name = r.GetString(2),
        AssignedBy = r.GetString(3),
        AssignedAt = Sql.Time(r, 4),
    };

    private static OutcomeUpdate? FindByIdempotencyKey(NpgsqlConnection connection, NpgsqlTransaction transaction, string key) =>
        Sql.Query(connection, transaction, $"SELECT {UpdateColumns} FROM outcome_updates WHERE idempotency_key = $1", ReadUpdate, key).FirstOrDefault();

    private static ActionLead? FindLead(NpgsqlConnection connection, NpgsqlTransaction transaction, string actionId, string aadObjectId, bool forUpdate) =>
        Sql.Query(
            connection,
            transaction,
            $"SELECT {LeadColumns} FROM action_leads WHERE action_id = $1 AND aad_object_id = $2" + (forUpdate ? " FOR UPDATE" : string.Empty),
            ReadLead,
            actionId,
            aadObjectId).FirstOrDefault();

    private void RequireAdmin(Actor actor)
    {
        if (!IsAdmin(actor.AadObjectId))
        {
            throw OutcomeRules.NotAnAdmin();
        }
    }

    private void Audit(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor, string what, string subject, object? before, object? after)
    {
        var entry = OutcomeRules.Audit(actor, what, subject, before, after, _time.GetUtcNow());
        Sql.Execute(
            connection,
            transaction,
            "INSERT INTO audit_log (at, who, who_name, what, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)",
            entry.At,
            entry.Who,
            entry.WhoName,
            entry.What,
            entry.Subject,
            entry.Before,
            entry.After);
    }
}
