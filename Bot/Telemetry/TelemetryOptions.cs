namespace SafetyBot.Bot.Telemetry;

/// <summary>Where traces and metrics go. Bound from the <c>Telemetry</c> section.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>Console (default), Otlp, or None.</summary>
    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.Console;

    /// <summary>The OTLP collector's endpoint, e.g. http://localhost:4317 (with <see cref="TelemetryExporter.Otlp"/>).</summary>
    public Uri? OtlpEndpoint { get; set; }
}
