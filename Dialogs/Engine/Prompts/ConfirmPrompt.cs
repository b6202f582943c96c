using Microsoft.Bot.Builder;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Asks a yes/no question with Yes and No buttons. Recognises "yes", "yep", "yeah", "sure", "ok",
/// "no", "nope", "nah", localised booleans, and button submits of "yes"/"no" or true/false.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    /// <summary>Creates the prompt.</summary>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>How the Yes and No buttons are shown.</summary>
    public ListStyle Style { get; init; } = ListStyle.AdaptiveCard;

    /// <summary>The Yes button's title.</summary>
    public string YesTitle { get; init; } = "Yes";

    /// <summary>The No button's title.</summary>
    public string NoTitle { get; init; } = "No";

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = Question(options, isRetry);
        Choice[] choices = [new("yes", YesTitle), new("no", NoTitle)];
        ChoiceButtons.Add(question, choices, options.Style ?? Style, PromptId(state));
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var answer = BooleanWords.Recognize(input.Text)
            ?? (Utterance.Normalize(input.Text) == Utterance.Normalize(YesTitle) ? true
                : Utterance.Normalize(input.Text) == Utterance.Normalize(NoTitle) ? false : null);
        return Task.FromResult(answer is { } yes ? PromptRecognizerResult<bool>.Of(yes) : PromptRecognizerResult<bool>.Failed);
    }
}
