using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;

namespace SafetyBot.Bot.Hosting;

/// <summary><c>POST /api/messages</c>: caps the body, then hands the request to the Bot Framework adapter.</summary>
internal static class MessagesEndpoint
{
    public static async Task HandleAsync(
        HttpContext context,
        IBotFrameworkHttpAdapter adapter,
        IBot bot,
        IOptions<MessagingOptions> options)
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
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // Body over the limit while streaming, or a malformed request the server refused.
            context.Response.StatusCode = exception.StatusCode;
        }
    }
}
