using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Security;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: caps the body and its JSON depth, checks its serviceUrl and date-times,
/// then hands the request to the Bot Framework adapter. A refused body gets 400 and a short reason;
/// a token that is not valid 401. Two cases get 503 with <c>Retry-After</c>, so the channel delivers
/// the activity again later rather than the member losing it: a token that cannot be checked because
/// the channel's signing keys cannot be fetched, and a fault of the store (see <see cref="StoreFaultReporter"/>).
/// </summary>
internal static class MessagesEndpoint
{
    /// <summary>How long the channel is asked to wait during a signing-key outage, in seconds.</summary>
    internal const int KeysRetryAfterSeconds = 30;

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
            Unavailable(context.Response, StoreRetryAfterSeconds);
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
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(refusal, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Body over the limit while streaming, or a malformed request the server refused.
            context.Response.StatusCode = exception.StatusCode;
        }
        catch (SigningKeysUnavailableException) when (!context.Response.HasStarted)
        {
            // Logged once per outage by the authentication.
            Unavailable(context.Response, KeysRetryAfterSeconds);
        }
        catch (Exception exception) when (!context.Response.HasStarted && TokenRejection.IsTokenRejection(exception))
        {
            RequestRefusal.LogUnauthorized(loggers.CreateLogger(typeof(TokenRejection)), exception.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (Exception exception) when (!context.Response.HasStarted && faults.Report(exception))
        {
            // The adapter's error boundary passed the store fault on (see SafetyBotAdapter): nothing is acknowledged.
            Unavailable(context.Response, StoreRetryAfterSeconds);
        }
    }

    private static void Unavailable(HttpResponse response, int retryAfterSeconds)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
