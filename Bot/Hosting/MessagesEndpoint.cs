using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Security;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: caps the body and its JSON depth, checks its serviceUrl, then hands the request to the
/// Bot Framework adapter. While the store has a fault (see <see cref="StoreFaultReporter"/>) every request gets 503
/// with Retry-After, so the channel delivers the activity again later rather than the member losing it.
/// </summary>
internal static class MessagesEndpoint
{
    /// <summary>What Retry-After says with a 503 for a store fault, in seconds.</summary>
    internal const int StoreRetryAfterSeconds = 60;

    public static async Task HandleAsync(
        HttpContext context,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        IOptions<MessagingOptions> options,
        IOptions<SecurityOptions> security,
        SafetyDatabase database,
        StoreFaultReporter faults,
        ILoggerFactory loggers)
    {
        if (database.Fault is not null)
        {
            StoreUnavailable(context.Response);
            return;
        }

        var limit = options.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        try
        {
            if (await ActivityRequestGuard.BufferAndCheckAsync(context.Request, security.Value.MaxJsonDepth, limit, context.RequestAborted).ConfigureAwait(false) is { } refusal)
            {
                RequestRefusal.LogBadRequest(loggers.CreateLogger(typeof(ActivityRequestGuard)), refusal);
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Body over the limit while streaming, or a malformed request the server refused.
            context.Response.StatusCode = exception.StatusCode;
        }
        catch (Exception exception) when (!context.Response.HasStarted && TokenRejection.IsTokenRejection(exception))
        {
            RequestRefusal.LogUnauthorized(loggers.CreateLogger(typeof(TokenRejection)), exception.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (Exception exception) when (!context.Response.HasStarted && faults.Report(exception))
        {
            // The adapter's error boundary passed the store fault on (see SafetyBotAdapter): nothing is acknowledged.
            StoreUnavailable(context.Response);
        }
    }

    private static void StoreUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = StoreRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
