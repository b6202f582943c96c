namespace SafetyBot.Knowledge.Storage.LiteDb;

/// <summary>An activity already taken for processing: its key and when it was first seen.</summary>
public sealed class ProcessedActivity
{
    /// <summary>Store id, assigned in arrival order (so claims are appended, not scattered through an index).</summary>
    public long Id { get; set; }

    /// <summary>
    /// The first 16 bytes of the SHA-256 of "{channel}|{conversation}|{activity id}": small and fixed in
    /// size, and no conversation id is kept in the store.
    /// </summary>
    public Guid Key { get; set; }

    /// <summary>When it was first seen.</summary>
    public DateTimeOffset SeenAt { get; set; }
}
