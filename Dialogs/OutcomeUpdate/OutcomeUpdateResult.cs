namespace SafetyBot.Dialogs.OutcomeUpdate;

/// <summary>How the outcome-update dialog ended.</summary>
/// <param name="Saved">True when an update was stored (or had been stored already).</param>
/// <param name="UpdateId">The stored update's id.</param>
public sealed record OutcomeUpdateResult(bool Saved, string? UpdateId);
