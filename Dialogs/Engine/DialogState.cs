namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// The dialog stack of a conversation, kept as a property of conversation state. The active
/// dialog is at index 0, as in the Bot Framework.
/// </summary>
public sealed class DialogState
{
    /// <summary>The stack, active dialog first.</summary>
    public IList<DialogInstance> DialogStack { get; set; } = new List<DialogInstance>();
}
