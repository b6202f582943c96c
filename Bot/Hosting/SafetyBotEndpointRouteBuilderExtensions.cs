namespace SafetyBot.Bot.Hosting;

/// <summary>Maps SafetyBot's two endpoints.</summary>
public static class SafetyBotEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /api/messages</c> (the Bot Framework endpoint) and <c>GET /healthz</c>.</summary>
    public static IEndpointRouteBuilder MapSafetyBot(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
