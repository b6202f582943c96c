using LiteDB;

namespace SafetyBot.Knowledge.Outcomes;

/// <summary>Writes audit entries (<see cref="OutcomeStore.AuditCollection"/>); call it inside the transaction of the write it records.</summary>
internal static class AuditRecords
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Records that <paramref name="actor"/> did <paramref name="what"/> to <paramref name="subject"/> at <paramref name="at"/>.</summary>
    internal static void Insert(ILiteDatabase database, DateTimeOffset at, Actor actor, string what, string subject, object? before, object? after) =>
        database.GetCollection<AuditEntry>(OutcomeStore.AuditCollection).Insert(new AuditEntry
        {
            At = at,
            Who = actor.AadObjectId,
            WhoName = actor.Name,
            What = what,
            Subject = subject,
            Before = before is null ? null : System.Text.Json.JsonSerializer.Serialize(before, before.GetType(), Json),
            After = after is null ? null : System.Text.Json.JsonSerializer.Serialize(after, after.GetType(), Json),
        });
}
