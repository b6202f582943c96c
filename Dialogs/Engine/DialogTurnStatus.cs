namespace SafetyBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active: the turn was not consumed.</summary>
    Empty,

    /// <summary>A dialog is waiting for the member's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack completed, possibly with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
