namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>One question of the assessment evaluation and how its answer was judged.</summary>
public sealed record AssessmentResult(AssessmentQuestion Question, Verdict Verdict);
