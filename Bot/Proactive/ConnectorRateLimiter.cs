using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Teams' send limits as sliding windows: at most <see cref="BotConnectorOptions.MaxSendsPerSecondPerConversation"/>
/// calls per second to one conversation, and <see cref="BotConnectorOptions.MaxSendsPerSecondPerApp"/>
/// per second in all. Callers over the limit wait in line (oldest first) rather than fail.
/// </summary>
public sealed class ConnectorRateLimiter : IDisposable
{
    private const int QueueLimit = 10_000;
    private const int SegmentsPerSecond = 10;

    private readonly PartitionedRateLimiter<string> _perConversation;
    private readonly PartitionedRateLimiter<string> _perApp;
    private readonly PartitionedRateLimiter<string> _chained;

    /// <summary>Creates the limiter from the options.</summary>
    public ConnectorRateLimiter(IOptions<BotConnectorOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _perConversation = PartitionedRateLimiter.Create<string, string>(conversationId => string.IsNullOrEmpty(conversationId)
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetSlidingWindowLimiter(conversationId, _ => PerSecond(limits.MaxSendsPerSecondPerConversation)));
        _perApp = PartitionedRateLimiter.Create<string, string>(_ =>
            RateLimitPartition.GetSlidingWindowLimiter("app", _ => PerSecond(limits.MaxSendsPerSecondPerApp)));

        // The conversation first, so a call waiting for its busy conversation holds no app-wide permit.
        _chained = PartitionedRateLimiter.CreateChained(_perConversation, _perApp);
    }

    /// <summary>Waits for a permit to call the connector about <paramref name="conversationId"/> (empty: no conversation).</summary>
    public ValueTask<RateLimitLease> AcquireAsync(string conversationId, CancellationToken cancellationToken) =>
        _chained.AcquireAsync(conversationId ?? string.Empty, 1, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _chained.Dispose();
        _perApp.Dispose();
        _perConversation.Dispose();
    }

    private static SlidingWindowRateLimiterOptions PerSecond(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(1),
        SegmentsPerWindow = SegmentsPerSecond,
        QueueLimit = QueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    };
}
