using SafetyBot.Dialogs.UpdateHistory;

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
        endpoints.MapGet(UpdateExports.PathPrefix + "{token}", (string token, UpdateExports exports) =>
            exports.Find(token) is { } csv
                ? Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv", "safetybot-outcome-updates.csv")
                : Results.NotFound());
        return endpoints;
    }
}
