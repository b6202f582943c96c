using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.Outcomes;

/// <summary>What every <see cref="IOutcomeStore"/> decides the same way, whatever it stores in.</summary>
internal static class OutcomeRules
{
    private static readonly System.Text.Json.JsonSerializerOptions AuditJson = new() { WriteIndented = false };

    /// <summary>True when <paramref name="aadObjectId"/> is one of <paramref name="roles"/>' admins.</summary>
    public static bool IsAdmin(RoleOptions roles, string? aadObjectId) =>
        !string.IsNullOrWhiteSpace(aadObjectId)
        && roles.Admins.Any(admin => string.Equals(admin.Trim(), aadObjectId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Refuses an update that cannot be saved at all (before any transaction).</summary>
    public static void CheckUpdate(OutcomeUpdate update, Actor actor, IActionCatalog actions)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(update.IdempotencyKey);
        if (string.IsNullOrWhiteSpace(update.Summary))
        {
            throw new ArgumentException("An outcome update needs a summary of what happened.", nameof(update));
        }

        if (!actions.ActionExists(update.ActionId))
        {
            throw new WriteRefusedException($"There is no action '{update.ActionId}'.");
        }
    }

    /// <summary>The refusal of an update by someone who does not lead its action.</summary>
    public static WriteRefusedException NotALead(string actionId) => new($"Only a lead of action {actionId} can log its updates.");

    /// <summary>The refusal of an admin's write by someone who is not one.</summary>
    public static WriteRefusedException NotAnAdmin() => new("Only a SafetyBot admin can do that.");

    /// <summary>The update as saved: a new id, trimmed text, the date only, when and by whom.</summary>
    public static OutcomeUpdate ToSave(OutcomeUpdate update, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        IdempotencyKey = update.IdempotencyKey,
        ActionId = update.ActionId,
        Status = update.Status,
        Summary = update.Summary.Trim(),
        MeasureValue = update.MeasureValue,
        MeasureUnit = string.IsNullOrWhiteSpace(update.MeasureUnit) ? null : update.MeasureUnit.Trim(),
        OccurredOn = update.OccurredOn?.Date,
        LoggedAt = now,
        LoggedBy = actor.AadObjectId,
        LoggedByName = actor.Name,
    };

    /// <summary>Checks a lead assignment before any transaction.</summary>
    public static void CheckAssignment(string actionId, string leadAadObjectId, Actor admin, IActionCatalog actions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leadAadObjectId);
        ArgumentNullException.ThrowIfNull(admin);
        if (!actions.ActionExists(actionId))
        {
            throw new WriteRefusedException($"There is no action '{actionId}'.");
        }

        if (!Storage.IndexKey.Fits(leadAadObjectId.Trim()))
        {
            // The id is indexed, and LiteDB refuses long index keys; a Microsoft Entra object id is 36 characters.
            throw new WriteRefusedException("That member id is too long to be a Microsoft Entra object id.");
        }
    }

    /// <summary>The lead as saved.</summary>
    public static ActionLead ToAssign(string actionId, string leadAadObjectId, string leadName, Actor admin, DateTimeOffset now) => new()
    {
        Id = ActionLead.IdOf(actionId, leadAadObjectId.Trim()),
        ActionId = actionId,
        AadObjectId = leadAadObjectId.Trim(),
        Name = string.IsNullOrWhiteSpace(leadName) ? leadAadObjectId.Trim() : leadName.Trim(),
        AssignedBy = admin.AadObjectId,
        AssignedAt = now,
    };

    /// <summary>An audit entry: who did what to which subject, with the record before and after as JSON.</summary>
    public static AuditEntry Audit(Actor actor, string what, string subject, object? before, object? after, DateTimeOffset now) => new()
    {
        At = now,
        Who = actor.AadObjectId,
        WhoName = actor.Name,
        What = what,
        Subject = subject,
        Before = before is null ? null : System.Text.Json.JsonSerializer.Serialize(before, before.GetType(), AuditJson),
        After = after is null ? null : System.Text.Json.JsonSerializer.Serialize(after, after.GetType(), AuditJson),
    };

    /// <summary>Writes <paramref name="updates"/> (oldest first) as CSV (<see cref="SafeCsvWriter"/>: formula-safe).</summary>
    public static void WriteCsv(TextWriter writer, IEnumerable<OutcomeUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = new SafeCsvWriter(writer);
        csv.WriteRecord(OutcomeUpdateRow.Header);
        foreach (var update in updates)
        {
            csv.WriteRecord(OutcomeUpdateRow.From(update).Fields());
        }

        csv.Flush();
    }
}
