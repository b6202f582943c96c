using Microsoft.Bot.Builder;

namespace SafetyBot.Dialogs.Engine;

/// <summary>What a <see cref="PromptValidator{T}"/> sees.</summary>
/// <typeparam name="T">The prompt's value type.</typeparam>
/// <param name="Context">The turn; a validator may send its own retry message.</param>
/// <param name="Recognized">What was recognised.</param>
/// <param name="Options">The prompt's options (see <see cref="PromptOptions.Validations"/>).</param>
/// <param name="AttemptCount">Invalid answers before this one.</param>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);
