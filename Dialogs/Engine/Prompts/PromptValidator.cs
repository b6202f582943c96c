namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Decides whether a recognised answer is acceptable. Return false to re-prompt; a validator
/// that sends its own message this turn replaces the retry prompt.
/// </summary>
/// <typeparam name="T">The prompt's value type.</typeparam>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
