using System.Globalization;

namespace SafetyBot.Knowledge.Outcomes;

/// <summary>One outcome update as a CSV row (the export layout).</summary>
public sealed record OutcomeUpdateRow
{
    /// <summary>Update id.</summary>
    public required string Id { get; init; }

    /// <summary>Action id.</summary>
    public required string ActionId { get; init; }

    /// <summary>Status in plain words.</summary>
    public required string Status { get; init; }

    /// <summary>What happened.</summary>
    public required string Summary { get; init; }

    /// <summary>Measure value, if any.</summary>
    public string? MeasureValue { get; init; }

    /// <summary>Measure unit, if any.</summary>
    public string? MeasureUnit { get; init; }

    /// <summary>Date it happened (yyyy-MM-dd), if given.</summary>
    public string? OccurredOn { get; init; }

    /// <summary>When it was logged (ISO 8601, UTC).</summary>
    public required string LoggedAt { get; init; }

    /// <summary>The lead's name.</summary>
    public required string LoggedBy { get; init; }

    /// <summary>The column names, in order.</summary>
    public static string[] Header { get; } =
        ["id", "action_id", "status", "summary", "measure_value", "measure_unit", "occurred_on", "logged_at", "logged_by"];

    /// <summary>The row's fields in <see cref="Header"/> order.</summary>
    public string[] Fields() =>
        [Id, ActionId, Status, Summary, MeasureValue ?? string.Empty, MeasureUnit ?? string.Empty, OccurredOn ?? string.Empty, LoggedAt, LoggedBy];

    /// <summary>Builds the row of <paramref name="update"/>.</summary>
    public static OutcomeUpdateRow From(OutcomeUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new OutcomeUpdateRow
        {
            Id = update.Id,
            ActionId = update.ActionId,
            Status = OutcomeStatusText.Of(update.Status),
            Summary = update.Summary,
            MeasureValue = update.MeasureValue?.ToString(CultureInfo.InvariantCulture),
            MeasureUnit = update.MeasureUnit,
            OccurredOn = update.OccurredOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            LoggedAt = update.LoggedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            LoggedBy = update.LoggedByName,
        };
    }
}
