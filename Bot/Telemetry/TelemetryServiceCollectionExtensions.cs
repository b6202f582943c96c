using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SafetyBot.Dialogs.Telemetry;

namespace SafetyBot.Bot.Telemetry;

/// <summary>Registers OpenTelemetry traces and metrics for SafetyBot.</summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddSafetyBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        services.AddOptions<TelemetryOptions>()
            .Bind(configuration.GetSection(TelemetryOptions.SectionName))
            .Validate(o => o.Exporter != TelemetryExporter.Otlp || o.OtlpEndpoint is not null, "Telemetry:OtlpEndpoint is required when Telemetry:Exporter is Otlp.")
            .ValidateOnStart();

        // Otlp without an endpoint: no exporter here; ValidateOnStart stops the app naming the key.
        if (options.Exporter == TelemetryExporter.None || (options.Exporter == TelemetryExporter.Otlp && options.OtlpEndpoint is null))
        {
            return services;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(SafetyBotTelemetry.Name))
            .WithTracing(tracing =>
            {
                tracing.AddSource(SafetyBotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (options.Exporter == TelemetryExporter.Otlp)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = options.OtlpEndpoint!);
                }
                else
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SafetyBotTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.Exporter == TelemetryExporter.Otlp)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = options.OtlpEndpoint!);
                }
                else
                {
                    metrics.AddConsoleExporter();
                }
            });
        return services;
    }
}
