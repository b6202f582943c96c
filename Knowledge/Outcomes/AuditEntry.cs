namespace SafetyBot.Knowledge.Outcomes;

/// <summary>One write to the partnership's records: who, when, what, and the record before and after.</summary>
public sealed class AuditEntry
{
    /// <summary>Sequence number (LiteDB auto id).</summary>
    public int Id { get; set; }

    /// <summary>When the write happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Object id of who wrote.</summary>
    public string Who { get; set; } = string.Empty;

    /// <summary>Their display name at the time.</summary>
    public string WhoName { get; set; } = string.Empty;

    /// <summary>What kind of write: "outcome.logged", "lead.assigned", "lead.removed", "figures.imported"...</summary>
    public string What { get; set; } = string.Empty;

    /// <summary>What it was about (an action id, a file name).</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The record before, as JSON; null when created.</summary>
    public string? Before { get; set; }

    /// <summary>The record after, as JSON; null when removed.</summary>
    public string? After { get; set; }
}
