using Microsoft.Bot.Builder;

namespace SafetyBot.Dialogs.Engine;

/// <summary>Asks for free text; any non-empty answer (typed or submitted) is recognised.</summary>
public sealed class TextPrompt : Prompt<string>
{
    /// <summary>Creates the prompt.</summary>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(input.Text.Length > 0 ? PromptRecognizerResult<string>.Of(input.Text) : PromptRecognizerResult<string>.Failed);
    }
}
