namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// One entry of the dialog stack: which dialog, and its persisted state. The state must hold
/// JSON-friendly values only (strings, numbers, bools, dates, dictionaries, lists, records).
/// </summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The dialog's own state, persisted in conversation state between turns.</summary>
    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>(StringComparer.Ordinal);
}
