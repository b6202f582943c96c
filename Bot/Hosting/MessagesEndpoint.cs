using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using SafetyBot.Bot.Security;

namespace SafetyBot.Bot.Hosting;

/// <summary><c>POST /api/messages</c>: caps the body and its JSON depth, checks its serviceUrl, then hands the request to the Bot Framework adapter.</summary>
internal static class MessagesEndpoint
{
    public static async Task HandleAsync(
        HttpContext context,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        IOptions<MessagingOptions> options,
        IOptions<SecurityOptions> security,
        ILoggerFactory loggers)
    {
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
    }
}
