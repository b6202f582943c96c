namespace SafetyBot.Dialogs.OutcomeUpdate;

/// <summary>The fields of a draft a lead can change before saving.</summary>
public static class OutcomeUpdateFields
{
    /// <summary>Which action.</summary>
    public const string Action = "action";

    /// <summary>On track, at risk...</summary>
    public const string Status = "status";

    /// <summary>What happened.</summary>
    public const string Summary = "summary";

    /// <summary>The measure.</summary>
    public const string Measure = "measure";

    /// <summary>The date.</summary>
    public const string Date = "date";
}
