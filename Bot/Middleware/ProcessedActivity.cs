namespace SafetyBot.Bot.Middleware;

/// <summary>An activity already taken for processing: its id and when it was first seen.</summary>
internal sealed class ProcessedActivity
{
    /// <summary>
    /// The first 16 bytes of the SHA-256 of "{channel}|{conversation}|{activity id}": a small fixed-size key
    /// (cheap to index, and no conversation id is kept in the store).
    /// </summary>
    public Guid Id { get; set; }

    /// <summary>When it was first seen.</summary>
    public DateTimeOffset SeenAt { get; set; }
}
