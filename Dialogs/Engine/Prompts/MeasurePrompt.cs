using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;

namespace SafetyBot.Dialogs.Engine;

/// <summary>Asks for a number and its unit: "12 referrals", "twelve referrals", "3.5 hours".</summary>
public sealed class MeasurePrompt : Prompt<Measure>
{
    private static readonly char[] Trim = [' ', '.', ',', '!', ';', ':'];

    /// <summary>Creates the prompt.</summary>
    public MeasurePrompt(string dialogId, PromptValidator<Measure>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<Measure>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Text.Length > MaxRecognizedLength)
        {
            return Task.FromResult(PromptRecognizerResult<Measure>.Failed);
        }

        var first = NumberRecognizer.RecognizeNumber(input.Text, RecognizerCulture).FirstOrDefault();
        if (first is null || !TryParseNumber(first.Resolution.GetValueOrDefault("value") as string, out var number))
        {
            return Task.FromResult(PromptRecognizerResult<Measure>.Failed);
        }

        var unit = input.Text[(first.End + 1)..].Trim(Trim);
        if (unit.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            unit = unit[3..].TrimStart();
        }

        return Task.FromResult(PromptRecognizerResult<Measure>.Of(new Measure(number, unit.Length > 0 ? unit : null)));
    }
}
