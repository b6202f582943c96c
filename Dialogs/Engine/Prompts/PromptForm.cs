namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// An input box to show with a prompt, so that a question can be answered by filling in the card
/// and clicking, as well as by typing in the chat.
/// </summary>
public enum PromptForm
{
    /// <summary>No input box: answer by typing (or by the prompt's buttons).</summary>
    None,

    /// <summary>A one-line text box.</summary>
    Text,

    /// <summary>A multi-line text box.</summary>
    MultilineText,

    /// <summary>A date picker.</summary>
    Date,
}
