using System.ComponentModel.DataAnnotations;

namespace SafetyBot.Bot.Hosting;

/// <summary>Limits on what <c>/api/messages</c> accepts. Bound from the <c>Messaging</c> section.</summary>
public sealed class MessagingOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Messaging";

    /// <summary>
    /// Largest request body accepted, in bytes. Teams messages are at most about 100 KB; the
    /// default leaves room for the activity's envelope.
    /// </summary>
    [Range(16 * 1024, 4 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 128 * 1024;
}
