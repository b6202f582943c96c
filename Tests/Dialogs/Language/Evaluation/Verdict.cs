namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>How an answer was judged: right or not, what was wrong, and the normalised text judged.</summary>
public sealed record Verdict(bool Passed, IReadOnlyList<string> Problems, string Text);
