namespace SafetyBot.Dialogs.Routing;

/// <summary>What became of the member's guided dialog (an outcome update, a walkthrough...) when a turn failed.</summary>
public enum DialogAfterFailure
{
    /// <summary>The member had no dialog in progress in the conversation.</summary>
    None,

    /// <summary>The dialog is kept where it was: the member's next answer continues it.</summary>
    Kept,

    /// <summary>The dialog was ended (the failed turn was its own, or the conversation's state could not be trusted).</summary>
    Ended,
}
