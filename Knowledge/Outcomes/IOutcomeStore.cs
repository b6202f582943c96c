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
    Task<bool> IsLeadAsync(string? aadObjectId, string actionId, CancellationToken cancellationToken = default);

    /// <summary>The leads of <paramref name="actionId"/>, by name.</summary>
    Task<IReadOnlyList<ActionLead>> LeadsOfAsync(string actionId, CancellationToken cancellationToken = default);

    /// <summary>Every lead assignment, by action.</summary>
    Task<IReadOnlyList<ActionLead>> AllLeadsAsync(CancellationToken cancellationToken = default);

    /// <summary>The ids of the actions <paramref name="aadObjectId"/> leads.</summary>
    Task<IReadOnlyList<string>> ActionsLedByAsync(string? aadObjectId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves an outcome update logged by <paramref name="actor"/>. Refused unless the actor leads the action at this
    /// moment. A repeat of the same <see cref="OutcomeUpdate.IdempotencyKey"/> returns the update saved the first time
    /// and writes nothing.
    /// </summary>
    /// <exception cref="WriteRefusedException">The actor does not lead the action, or it does not exist.</exception>
    Task<SaveOutcome> LogAsync(OutcomeUpdate update, Actor actor, CancellationToken cancellationToken = default);

    /// <summary>Makes <paramref name="leadAadObjectId"/> a lead of <paramref name="actionId"/>. Admins only.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin, or the action does not exist.</exception>
    Task<ActionLead> AssignLeadAsync(string actionId, string leadAadObjectId, string leadName, Actor admin, CancellationToken cancellationToken = default);

    /// <summary>Removes a lead from an action. Admins only. False when they were not a lead.</summary>
    /// <exception cref="WriteRefusedException">The actor is not an admin.</exception>
    Task<bool> RemoveLeadAsync(string actionId, string leadAadObjectId, Actor admin, CancellationToken cancellationToken = default);

    /// <summary>Records a write made elsewhere (a figures import) in the audit log.</summary>
    Task RecordAuditAsync(Actor actor, string what, string subject, object? before, object? after, CancellationToken cancellationToken = default);

    /// <summary>The updates of <paramref name="actionId"/>, newest first.</summary>
    Task<IReadOnlyList<OutcomeUpdate>> UpdatesForAsync(string actionId, CancellationToken cancellationToken = default);

    /// <summary>Every update logged from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), newest first.</summary>
    Task<IReadOnlyList<OutcomeUpdate>> UpdatesLoggedAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>Every update, newest first.</summary>
    Task<IReadOnlyList<OutcomeUpdate>> AllUpdatesAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest update of each action that has one.</summary>
    Task<IReadOnlyDictionary<string, OutcomeUpdate>> LatestByActionAsync(CancellationToken cancellationToken = default);

    /// <summary>The newest audit entries, newest first. Admins only.</summary>
    /// <exception cref="WriteRefusedException">The reader is not an admin.</exception>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(Actor reader, int count, CancellationToken cancellationToken = default);

    /// <summary>Writes every outcome update as CSV (formula-safe), oldest first.</summary>
    Task ExportCsvAsync(TextWriter writer, CancellationToken cancellationToken = default);
}
