namespace SafetyBot.Dialogs.Routing;

/// <summary>A dialog button's answer to a prompt (<see cref="Cards.Intent.DialogAnswer"/>).</summary>
/// <param name="Value">The answer; empty when the button carried none.</param>
/// <param name="PromptId">The prompt the button belongs to, when the button says.</param>
public sealed record PromptAnswer(string Value, string? PromptId);
