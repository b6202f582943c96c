namespace SafetyBot.Dialogs.Leads;

/// <summary>How the lead dialogs start: the action or programme named, if any. Saved in conversation state.</summary>
public sealed class LeadsOptions
{
    /// <summary>An action id ("1.1-a") or programme code ("1.1").</summary>
    public string? Topic { get; set; }
}
