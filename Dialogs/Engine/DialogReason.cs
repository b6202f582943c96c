namespace SafetyBot.Dialogs.Engine;

/// <summary>Why a dialog (or a waterfall step) is being run or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was started.</summary>
    BeginCalled,

    /// <summary>The dialog is continued by the member's message.</summary>
    ContinueCalled,

    /// <summary>A child dialog ended, or the dialog itself ended.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step moved on with <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,

    /// <summary>A waterfall went back to its previous question.</summary>
    BackCalled,
}
