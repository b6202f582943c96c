namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// The <c>verb</c>s of card buttons (Action.Submit data) that talk to the active dialog. Data is
/// shaped <c>{ "verb": "dialog.answer", "value": "...", "promptId": "..." }</c>.
/// </summary>
public static class DialogVerbs
{
    /// <summary>Prefix shared by every dialog verb.</summary>
    public const string Prefix = "dialog.";

    /// <summary>Answers the active prompt with the data's <see cref="ValueField"/>.</summary>
    public const string Answer = "dialog.answer";

    /// <summary>Cancels every dialog, as typing "cancel" does.</summary>
    public const string Cancel = "dialog.cancel";

    /// <summary>Shows the active dialog's help, as typing "help" does.</summary>
    public const string Help = "dialog.help";

    /// <summary>Goes back to the previous question, as typing "back" does.</summary>
    public const string Back = "dialog.back";

    /// <summary>The data field holding the answer.</summary>
    public const string ValueField = "value";

    /// <summary>The data field naming the prompt a button belongs to; a button of an earlier prompt is ignored.</summary>
    public const string PromptIdField = "promptId";
}
