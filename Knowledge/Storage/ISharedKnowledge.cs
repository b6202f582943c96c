using LiteDB;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Knowledge.Storage;

/// <summary>
/// Where the knowledge and the live data (imports, analysts, waiting upload previews) are kept for every instance
/// when they are shared (PostgreSQL): the local LiteDB collections are then a copy, brought up to date before each
/// write and whenever another instance writes. Writers tell it which records they wrote.
/// </summary>
internal interface ISharedKnowledge
{
    /// <summary>
    /// Runs <paramref name="write"/> as one LiteDB transaction on an up-to-date copy and stores every record it marked
    /// (<see cref="Touched"/>) in the shared store in one transaction; neither is kept when the other fails.
    /// The caller holds <see cref="SafetyDatabase.KnowledgeGate"/>.
    /// </summary>
    T Write<T>(Func<T> write);

    /// <summary>The record <paramref name="id"/> of <paramref name="collection"/> was written or deleted by the running write.</summary>
    void Touched(string collection, BsonValue id);

    /// <summary>Any record of <paramref name="collection"/> may have been written or deleted by the running write.</summary>
    void TouchedAll(string collection);

    /// <summary>Keeps <paramref name="entry"/> in the shared audit log with the running write.</summary>
    void Audit(AuditEntry entry);
}
