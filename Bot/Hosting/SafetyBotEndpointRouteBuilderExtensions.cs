using SafetyBot.Dialogs.UpdateHistory;
using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Bot.Hosting;

/// <summary>Maps SafetyBot's two endpoints.</summary>
public static class SafetyBotEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /api/messages</c> (the Bot Framework endpoint), <c>GET /healthz</c>, and the
    /// short-lived outcome-update CSV downloads under <c>/exports/</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapSafetyBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        endpoints.MapHealthChecks("/healthz");
        endpoints.MapGet(UpdateExports.PathPrefix + "{token}", ServeExport);
        return endpoints;
    }

    /// <summary>
    /// The CSV behind an export link, as UTF-8 with a byte order mark (for Excel). The link is a secret
    /// and the data changes, so neither the answer nor a "not found" may be kept by a cache.
    /// </summary>
    private static async Task<IResult> ServeExport(string token, UpdateExports exports, HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = "no-store";
        if (await exports.FindAsync(token, cancellationToken).ConfigureAwait(false) is not { } csv)
        {
            return Results.NotFound();
        }

        byte[] bytes = [.. SafeCsvWriter.FileEncoding.GetPreamble(), .. SafeCsvWriter.FileEncoding.GetBytes(csv)];
        return Results.File(bytes, SafeCsvWriter.MediaType, "safetybot-outcome-updates.csv");
    }
}
