using SafetyBot.Cards;
namespace SafetyBot.Dialogs.Engine;

/// <summary>A message that steps outside the active question.</summary>
public enum DialogInterruption
{
    /// <summary>An ordinary answer.</summary>
    None,

    /// <summary>"cancel", "stop", "quit", "never mind", or a <see cref="Intent.DialogCancel"/> button.</summary>
    Cancel,

    /// <summary>"help", "?", or a <see cref="Intent.DialogHelp"/> button.</summary>
    Help,

    /// <summary>"back", "go back", or a <see cref="Intent.DialogBack"/> button.</summary>
    Back,
}
