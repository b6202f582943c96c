namespace SafetyBot.Knowledge.Outcomes;

/// <summary>An outcome update an action lead logged against one of the partnership's actions.</summary>
public sealed class OutcomeUpdate
{
    /// <summary>Unique id of the update.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// What makes a submission unique (the Teams activity that confirmed it): a double-clicked
    /// button or a re-delivered activity carries the same key and is saved once.
    /// </summary>
    public string IdempotencyKey { get; set; } = string.Empty;

    /// <summary>The action the update is about (e.g. "1.1-a").</summary>
    public string ActionId { get; set; } = string.Empty;

    /// <summary>How the action stands.</summary>
    public OutcomeStatus Status { get; set; }

    /// <summary>What happened, in the lead's words.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary>An optional measure, e.g. 12 (referrals).</summary>
    public decimal? MeasureValue { get; set; }

    /// <summary>The measure's unit, e.g. "referrals".</summary>
    public string? MeasureUnit { get; set; }

    /// <summary>When it happened, when the lead gave a date.</summary>
    public DateTime? OccurredOn { get; set; }

    /// <summary>When it was logged.</summary>
    public DateTimeOffset LoggedAt { get; set; }

    /// <summary>Microsoft Entra object id of the lead who logged it.</summary>
    public string LoggedBy { get; set; } = string.Empty;

    /// <summary>The lead's display name at the time.</summary>
    public string LoggedByName { get; set; } = string.Empty;
}
