using System.ComponentModel.DataAnnotations;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Teams' limits on what the bot sends through the Bot Connector, and how throttled or
/// briefly failing calls are retried. Bound from the <c>BotConnector</c> section.
/// </summary>
public sealed class BotConnectorOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "BotConnector";

    /// <summary>Most calls per second to one conversation (Teams allows 7).</summary>
    [Range(1, 50)]
    public int MaxSendsPerSecondPerConversation { get; set; } = 7;

    /// <summary>Most calls per second from the whole app (Teams allows about 50 per app per tenant).</summary>
    [Range(1, 1000)]
    public int MaxSendsPerSecondPerApp { get; set; } = 50;

    /// <summary>Retries after a 429, 412, 502 or 504 before the call fails.</summary>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The first retry's delay; each next one doubles, with jitter. A <c>Retry-After</c> header wins.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);
}
