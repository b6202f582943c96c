namespace SafetyBot.Bot.Middleware;

/// <summary>An activity already taken for processing: its id and when it was first seen.</summary>
internal sealed class ProcessedActivity
{
    /// <summary>"{channel}|{conversation}|{activity id}".</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>When it was first seen.</summary>
    public DateTimeOffset SeenAt { get; set; }
}
