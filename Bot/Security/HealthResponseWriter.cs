using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SafetyBot.Bot.Security;

/// <summary>
/// Writes <c>/healthz</c> as a small JSON document that says what each check found, e.g.
/// <c>{"status":"Unhealthy","checks":{"store":"The store is closed."}}</c> with 503. Only the
/// checks' own descriptions are written: never exception details or data.
/// </summary>
internal static class HealthResponseWriter
{
    /// <summary>Uses this writer for every health check endpoint mapped without options of its own.</summary>
    public static void Configure(HealthCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ResponseWriter = WriteAsync;
    }

    /// <summary>Writes <paramref name="report"/>.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Description ?? entry.Value.Status.ToString(), StringComparer.Ordinal),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
