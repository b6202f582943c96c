using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// The Bot Connector's retry strategy: 429 (throttled), 412 (precondition failed), 502 and 504
/// are retried with exponential backoff and jitter, honouring <c>Retry-After</c>. Nothing else is
/// retried: a 403 (bot removed or blocked) fails at once.
/// </summary>
public static class BotConnectorRetry
{
    /// <summary>The status codes that are retried.</summary>
    public static IReadOnlySet<HttpStatusCode> RetriedStatusCodes { get; } = new HashSet<HttpStatusCode>
    {
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.GatewayTimeout,
    };

    /// <summary>The retry options for <paramref name="options"/>.</summary>
    public static HttpRetryStrategyOptions CreateOptions(BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpRetryStrategyOptions
        {
            Name = "BotConnectorRetry",
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response && RetriedStatusCodes.Contains(response.StatusCode)),
        };
    }
}
