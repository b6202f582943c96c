namespace SafetyBot.Knowledge.Outcomes;

/// <summary>
/// Outcome updates, action leads and the audit log. Every write checks the actor's role at the moment of writing,
/// inside the same transaction as the write and its audit entry; a confirmed write is committed before the method
/// returns. One implementation per store (LiteDB, PostgreSQL).
/// </summary>
public interface IOutcomeStore
{
    /// <summary>
    /// Changes after every write of outcome updates, leads or the audit log, so a card that shows leads or updates,
    /// kept in memory, knows when to be built again. Where another process may write (PostgreSQL), it changes on
    /// every read, so nothing that shows leads or updates is kept.
    /// </summary>
    long Version { get; }

    /// <summary>True when <paramref name="aadObjectId"/> is one of the configured admins.</summary>
    bool IsAdmin(string? aadObjectId);

    /// <summary>True when <paramref name="aadObjectId"/> leads <paramref name="actionId"/>.</summary>
    bool IsLead(string? aadObjectId, string actionId);

    /// <summary>The leads of <paramref name="actionId"/>, by name.</summary>
    IReadOnlyList<ActionLead> LeadsOf(string actionId);

    /// <summary>Every lead assignment, by action.</summary>
    IReadOnlyList<ActionLead> AllLeads();

    /// <summary>The ids of the actions <paramref name="aadObjectId"/> leads.</summary>
    IReadOnlyList<string> ActionsLedBy(string? aadObjectId);

    /// <summary>
    /// Saves an outcome update logged by <paramref name="actor"/>. Refused unless the actor leads the action at this
    /// moment. A repeat of the same <see cref="OutcomeUpdate.IdempotencyKey"/> returns the update saved the first time
    /// and writes nothing.
    /// </summary>
    /// <exception cref="WriteRefusedException">The actor does not lead the action, or it does not exist.</exception>
    SaveOutcome Log(OutcomeUpdate update, Actor actor);

    /// <summary>Makes <paramref name="leadAadObjectId"/> a lead of <paramref name="actionId"/>. Admins only.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin, or the action does not exist.</exception>
    ActionLead AssignLead(string actionId, string leadAadObjectId, string leadName, Actor admin);

    /// <summary>Removes a lead from an action. Admins only. False when they were not a lead.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin.</exception>
    bool RemoveLead(string actionId, string leadAadObjectId, Actor admin);

    /// <summary>Records a write made elsewhere (a figures import) in the audit log.</summary>
    void RecordAudit(Actor actor, string what, string subject, object? before, object? after);

    /// <summary>The updates of <paramref name="actionId"/>, newest first.</summary>
    IReadOnlyList<OutcomeUpdate> UpdatesFor(string actionId);

    /// <summary>Every update logged from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), newest first.</summary>
    IReadOnlyList<OutcomeUpdate> UpdatesLogged(DateTimeOffset from, DateTimeOffset to);

    /// <summary>Every update, newest first.</summary>
    IReadOnlyList<OutcomeUpdate> AllUpdates();

    /// <summary>The latest update of each action that has one.</summary>
    IReadOnlyDictionary<string, OutcomeUpdate> LatestByAction();

    /// <summary>The newest audit entries, newest first. Admins only.</summary>
    /// <exception cref="WriteRefusedException">The reader is not an admin.</exception>
    IReadOnlyList<AuditEntry> ReadAudit(Actor reader, int count);

    /// <summary>Writes every outcome update as CSV (formula-safe), oldest first.</summary>
    void ExportCsv(TextWriter writer);
}
