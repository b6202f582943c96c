namespace SafetyBot.Knowledge.Outcomes;

/// <summary>What happened to a request to save an outcome update.</summary>
/// <param name="Update">The saved update (the earlier one when it was a repeat).</param>
/// <param name="WasRepeat">True when the same submission had already been saved: nothing new was written.</param>
public sealed record SaveOutcome(OutcomeUpdate Update, bool WasRepeat);
