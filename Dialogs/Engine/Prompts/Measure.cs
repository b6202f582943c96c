namespace SafetyBot.Dialogs.Engine;

/// <summary>A number with what it counts: "12 referrals".</summary>
/// <param name="Value">The number.</param>
/// <param name="Unit">What it counts, as typed; null when only a number was given.</param>
public sealed record Measure(decimal Value, string? Unit);
