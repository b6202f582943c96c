using SafetyBot.Knowledge.Storage;
using SafetyBot.Knowledge.Storage.LiteDb;

namespace SafetyBot.Knowledge.Outcomes;

/// <summary>Writes audit entries (<see cref="LiteDbOutcomeStore.AuditCollection"/>); call it inside the transaction of the write it records.</summary>
internal static class AuditRecords
{
    /// <summary>Records that <paramref name="actor"/> did <paramref name="what"/> to <paramref name="subject"/> at <paramref name="at"/>.</summary>
    internal static void Insert(SafetyDatabase database, DateTimeOffset at, Actor actor, string what, string subject, object? before, object? after)
    {
        var entry = OutcomeRules.Audit(actor, what, subject, before, after, at);
        if (database.Shared is { } shared)
        {
            shared.Audit(entry);
            return;
        }

        database.Database.GetCollection<AuditEntry>(LiteDbOutcomeStore.AuditCollection).Insert(entry);
    }
}
