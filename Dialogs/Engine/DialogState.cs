namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// The dialog stack of a conversation, kept as a property of conversation state. The active
/// dialog is at index 0, as in the Bot Framework.
/// </summary>
public sealed class DialogState
{
    /// <summary>The stack, active dialog first.</summary>
    public IList<DialogInstance> DialogStack { get; set; } = new List<DialogInstance>();

    /// <summary>
    /// The member who began the bottom dialog (AAD object id, else channel id). In a group chat or
    /// channel the <see cref="DialogRunner"/> gives only this member's messages to the dialogs.
    /// </summary>
    public string? OwnerId { get; set; }
}
