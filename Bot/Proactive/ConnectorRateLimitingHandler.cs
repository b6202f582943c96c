using System.Net;
using System.Text.RegularExpressions;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Holds each Bot Connector call until <see cref="ConnectorRateLimiter"/> allows it. It sits
/// inside the retry handler, so every attempt counts against the limits.
/// </summary>
internal sealed partial class ConnectorRateLimitingHandler(ConnectorRateLimiter limiter) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(ConversationIdOf(request.RequestUri), cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            // The queue is full: answer as Teams would, so the retry handler backs off.
            return new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The conversation id of a <c>/v3/conversations/{id}/...</c> call, or empty.</summary>
    internal static string ConversationIdOf(Uri? uri)
    {
        var match = uri is null ? Match.Empty : ConversationPath().Match(uri.AbsolutePath);
        return match.Success ? Uri.UnescapeDataString(match.Groups["id"].Value) : string.Empty;
    }

    [GeneratedRegex("/v3/conversations/(?<id>[^/]+)/", RegexOptions.CultureInvariant)]
    private static partial Regex ConversationPath();
}
