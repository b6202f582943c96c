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
    public async Task<bool> IsLeadAsync(string? aadObjectId, string actionId, CancellationToken cancellationToken = default) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && (await Sql.QueryAsync(_database, "SELECT 1 FROM action_leads WHERE action_id = $1 AND aad_object_id = $2", r => r.GetInt32(0), cancellationToken, actionId, aadObjectId).ConfigureAwait(false)).Count > 0;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActionLead>> LeadsOfAsync(string actionId, CancellationToken cancellationToken = default) =>
        (await Sql.QueryAsync(_database, $"SELECT {LeadColumns} FROM action_leads WHERE action_id = $1", ReadLead, cancellationToken, actionId).ConfigureAwait(false))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture).ToList();

    /// <inheritdoc />
    public async Task<IReadOnlyList<ActionLead>> AllLeadsAsync(CancellationToken cancellationToken = default) =>
        (await Sql.QueryAsync(_database, $"SELECT {LeadColumns} FROM action_leads", ReadLead, cancellationToken).ConfigureAwait(false))
            .OrderBy(l => l.ActionId, StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ActionsLedByAsync(string? aadObjectId, CancellationToken cancellationToken = default) => string.IsNullOrWhiteSpace(aadObjectId)
        ? []
        : (await Sql.QueryAsync(_database, "SELECT DISTINCT action_id FROM action_leads WHERE aad_object_id = $1", r => r.GetString(0), cancellationToken, aadObjectId).ConfigureAwait(false))
            .Order(StringComparer.Ordinal).ToList();

    /// <inheritdoc />
    public Task<SaveOutcome> LogAsync(OutcomeUpdate update, Actor actor, CancellationToken cancellationToken = default)
    {
        OutcomeRules.CheckUpdate(update, actor, _actions);
        return _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                if (await FindByIdempotencyKeyAsync(connection, transaction, update.IdempotencyKey, cancellationToken).ConfigureAwait(false) is { } earlier)
                {
                    return new SaveOutcome(earlier, WasRepeat: true);
                }

                var leads = actor.IsIdentified
                    ? await Sql.QueryAsync(connection, transaction, "SELECT 1 FROM action_leads WHERE action_id = $1 AND aad_object_id = $2 FOR SHARE", r => r.GetInt32(0), cancellationToken, update.ActionId, actor.AadObjectId).ConfigureAwait(false)
                    : [];
                if (leads.Count == 0)
                {
                    throw OutcomeRules.NotALead(update.ActionId);
                }

                var saved = OutcomeRules.ToSave(update, actor, _time.GetUtcNow());
                var inserted = await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    $"INSERT INTO outcome_updates ({UpdateColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (idempotency_key) DO NOTHING",
                    cancellationToken,
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
                    saved.LoggedByName).ConfigureAwait(false);
                if (inserted == 0)
                {
                    // The same update, saved at this moment by another turn (another instance): that one stands.
                    return new SaveOutcome((await FindByIdempotencyKeyAsync(connection, transaction, update.IdempotencyKey, cancellationToken).ConfigureAwait(false))!, WasRepeat: true);
                }

                await AuditAsync(connection, transaction, actor, "outcome.logged", saved.ActionId, before: null, after: saved, cancellationToken).ConfigureAwait(false);
                return new SaveOutcome(saved, WasRepeat: false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ActionLead> AssignLeadAsync(string actionId, string leadAadObjectId, string leadName, Actor admin, CancellationToken cancellationToken = default)
    {
        OutcomeRules.CheckAssignment(actionId, leadAadObjectId, admin, _actions);
        return _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                RequireAdmin(admin);
                var lead = OutcomeRules.ToAssign(actionId, leadAadObjectId, leadName, admin, _time.GetUtcNow());
                var before = await FindLeadAsync(connection, transaction, lead.ActionId, lead.AadObjectId, forUpdate: true, cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    $"""
                    INSERT INTO action_leads ({LeadColumns}) VALUES ($1, $2, $3, $4, $5)
                    ON CONFLICT (action_id, aad_object_id) DO UPDATE SET name = excluded.name, assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at
                    """,
                    cancellationToken,
                    lead.ActionId,
                    lead.AadObjectId,
                    lead.Name,
                    lead.AssignedBy,
                    lead.AssignedAt).ConfigureAwait(false);
                await AuditAsync(connection, transaction, admin, "lead.assigned", actionId, before, lead, cancellationToken).ConfigureAwait(false);
                return lead;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RemoveLeadAsync(string actionId, string leadAadObjectId, Actor admin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        return _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                RequireAdmin(admin);
                var before = await FindLeadAsync(connection, transaction, actionId, leadAadObjectId, forUpdate: true, cancellationToken).ConfigureAwait(false);
                if (before is null)
                {
                    return false;
                }

                await Sql.ExecuteAsync(connection, transaction, "DELETE FROM action_leads WHERE action_id = $1 AND aad_object_id = $2", cancellationToken, actionId, leadAadObjectId).ConfigureAwait(false);
                await AuditAsync(connection, transaction, admin, "lead.removed", actionId, before, after: null, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordAuditAsync(Actor actor, string what, string subject, object? before, object? after, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return _database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await AuditAsync(connection, transaction, actor, what, subject, before, after, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutcomeUpdate>> UpdatesForAsync(string actionId, CancellationToken cancellationToken = default) =>
        await Sql.QueryAsync(_database, $"SELECT {UpdateColumns} FROM outcome_updates WHERE action_id = $1 ORDER BY logged_at DESC", ReadUpdate, cancellationToken, actionId).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutcomeUpdate>> UpdatesLoggedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        await Sql.QueryAsync(_database, $"SELECT {UpdateColumns} FROM outcome_updates WHERE logged_at >= $1 AND logged_at < $2 ORDER BY logged_at DESC", ReadUpdate, cancellationToken, from, to).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyList<OutcomeUpdate>> AllUpdatesAsync(CancellationToken cancellationToken = default) =>
        await Sql.QueryAsync(_database, $"SELECT {UpdateColumns} FROM outcome_updates ORDER BY logged_at DESC", ReadUpdate, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, OutcomeUpdate>> LatestByActionAsync(CancellationToken cancellationToken = default) =>
        (await Sql.QueryAsync(_database, $"SELECT DISTINCT ON (action_id) {UpdateColumns} FROM outcome_updates ORDER BY action_id, logged_at DESC", ReadUpdate, cancellationToken).ConfigureAwait(false))
            .ToDictionary(u => u.ActionId, StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(Actor reader, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        RequireAdmin(reader);
        return await Sql.QueryAsync(
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
            cancellationToken,
            count).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ExportCsvAsync(TextWriter writer, CancellationToken cancellationToken = default) =>
        OutcomeRules.WriteCsv(writer, await Sql.QueryAsync(_database, $"SELECT {UpdateColumns} FROM outcome_updates ORDER BY logged_at", ReadUpdate, cancellationToken).ConfigureAwait(false));

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

    private static async Task<OutcomeUpdate?> FindByIdempotencyKeyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken) =>
        (await Sql.QueryAsync(connection, transaction, $"SELECT {UpdateColumns} FROM outcome_updates WHERE idempotency_key = $1", ReadUpdate, cancellationToken, key).ConfigureAwait(false)).FirstOrDefault();

    private static async Task<ActionLead?> FindLeadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actionId, string aadObjectId, bool forUpdate, CancellationToken cancellationToken) =>
        (await Sql.QueryAsync(
            connection,
            transaction,
            $"SELECT {LeadColumns} FROM action_leads WHERE action_id = $1 AND aad_object_id = $2" + (forUpdate ? " FOR UPDATE" : string.Empty),
            ReadLead,
            cancellationToken,
            actionId,
            aadObjectId).ConfigureAwait(false)).FirstOrDefault();

    private void RequireAdmin(Actor actor)
    {
        if (!IsAdmin(actor.AadObjectId))
        {
            throw OutcomeRules.NotAnAdmin();
        }
    }

    private Task<int> AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor, string what, string subject, object? before, object? after, CancellationToken cancellationToken)
    {
        var entry = OutcomeRules.Audit(actor, what, subject, before, after, _time.GetUtcNow());
        return Sql.ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO audit_log (at, who, who_name, what, subject, before, after) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)",
            cancellationToken,
            entry.At,
            entry.Who,
            entry.WhoName,
            entry.What,
            entry.Subject,
            entry.Before,
            entry.After);
    }
}
