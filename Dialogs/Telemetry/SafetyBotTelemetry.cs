using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SafetyBot.Dialogs.Telemetry;

/// <summary>
/// SafetyBot's traces and metrics, with .NET's own diagnostics types so that the host chooses the
/// exporter (OpenTelemetry): turn duration by intent, questions and unanswered questions, store errors.
/// </summary>
public static class SafetyBotTelemetry
{
    /// <summary>Name of the activity source and the meter.</summary>
    public const string Name = "SafetyBot";

    /// <summary>Traces of turns.</summary>
    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>(
        "safetybot.turn.duration", unit: "ms", description: "Time to answer a member's turn, by intent.");

    private static readonly Counter<long> Questions = Meter.CreateCounter<long>(
        "safetybot.questions", unit: "{question}", description: "Turns answered, by intent.");

    private static readonly Counter<long> Unanswered = Meter.CreateCounter<long>(
        "safetybot.questions.unanswered", unit: "{question}", description: "Questions SafetyBot could not answer.");

    private static readonly Counter<long> StoreErrors = Meter.CreateCounter<long>(
        "safetybot.store.errors", unit: "{error}", description: "Failures reading or writing the embedded store.");

    /// <summary>Records one answered turn.</summary>
    public static void RecordTurn(string intent, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("intent", intent);
        TurnDuration.Record(duration.TotalMilliseconds, tag);
        Questions.Add(1, tag);
    }

    /// <summary>Records a question that got no answer.</summary>
    public static void RecordUnanswered() => Unanswered.Add(1);

    /// <summary>Records a store failure of <paramref name="operation"/> ("read", "write", "delete"...).</summary>
    public static void RecordStoreError(string operation) =>
        StoreErrors.Add(1, new KeyValuePair<string, object?>("operation", operation));
}
