namespace SafetyBot.Bot.Telemetry;

/// <summary>Where OpenTelemetry data is exported.</summary>
public enum TelemetryExporter
{
    /// <summary>Written to the console (the default; App Service collects it as the log stream).</summary>
    Console,

    /// <summary>Sent to an OpenTelemetry collector over OTLP.</summary>
    Otlp,

    /// <summary>Not exported.</summary>
    None,
}
