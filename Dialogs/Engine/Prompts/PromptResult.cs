namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// What a prompt ends with instead of an answer. A parent step checks
/// <see cref="WaterfallStepContext.PromptGaveUp"/> (or <c>Result is PromptResult</c>), says
/// something kind, and ends.
/// </summary>
/// <param name="Reason">Why the prompt ended without an answer.</param>
public sealed record PromptResult(string Reason)
{
    /// <summary>The member gave <see cref="PromptOptions.MaxAttempts"/> invalid answers.</summary>
    public static PromptResult TooManyAttempts { get; } = new("tooManyAttempts");

    /// <summary>True for <see cref="TooManyAttempts"/>.</summary>
    public bool IsTooManyAttempts => Reason == TooManyAttempts.Reason;

    /// <summary>The member skipped an optional question (<see cref="PromptOptions.AllowSkip"/>).</summary>
    public static PromptResult Skipped { get; } = new("skipped");

    /// <summary>True when this is <see cref="Skipped"/>.</summary>
    public bool IsSkipped => Reason == Skipped.Reason;
}
