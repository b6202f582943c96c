using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;

namespace SafetyBot.Dialogs.Engine;

/// <summary>Asks for a number: "12", "twelve", "3.5", "one and a half".</summary>
public sealed class NumberPrompt : Prompt<decimal>
{
    /// <summary>Creates the prompt.</summary>
    public NumberPrompt(string dialogId, PromptValidator<decimal>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<decimal>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Text.Length > MaxRecognizedLength)
        {
            return Task.FromResult(PromptRecognizerResult<decimal>.Failed);
        }

        var first = NumberRecognizer.RecognizeNumber(input.Text, RecognizerCulture).FirstOrDefault();
        return Task.FromResult(TryParseNumber(first?.Resolution.GetValueOrDefault("value") as string, out var number)
            ? PromptRecognizerResult<decimal>.Of(number)
            : PromptRecognizerResult<decimal>.Failed);
    }
}
