using Microsoft.Bot.Builder;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Asks the member to pick one of <see cref="PromptOptions.Choices"/>, shown as buttons. Recognises
/// a value, title or synonym ("County lines"), a position ("2", "second", "the second one",
/// "the last one"), near titles ("county lnes"), and button submits. Ends with a <see cref="FoundChoice"/>.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>Creates the prompt.</summary>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>How choices are shown unless <see cref="PromptOptions.Style"/> says otherwise.</summary>
    public ListStyle Style { get; init; } = ListStyle.AdaptiveCard;

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = Question(options, isRetry);
        ChoiceButtons.Add(question, options.Choices ?? [], options.Style ?? Style, PromptId(state));
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(input.Text, options.Choices ?? [], RecognizerCulture);
        return Task.FromResult(found is null ? PromptRecognizerResult<FoundChoice>.Failed : PromptRecognizerResult<FoundChoice>.Of(found));
    }
}
