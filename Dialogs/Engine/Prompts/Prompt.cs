using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// A dialog that asks one question and ends with the recognised, validated answer. An invalid
/// answer re-prompts; after <see cref="PromptOptions.MaxAttempts"/> invalid answers the prompt
/// ends with <see cref="PromptResult.TooManyAttempts"/>. Accepts typed text and card submits.
/// </summary>
/// <typeparam name="T">The answer's type.</typeparam>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";
    private const string PromptIdKey = "promptId";

    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates the prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>The culture recognisers use; en-GB reads 3/4/2018 as 3 April.</summary>
    public string Culture { get; init; } = "en-GB";

    /// <summary>The culture code the Recognizers.Text models take.</summary>
    protected string RecognizerCulture => Culture.ToLowerInvariant();

    /// <summary>
    /// The longest typed answer a date or number prompt reads, in characters: no date or number takes more, and
    /// the Recognizers.Text models take far longer than linear time on long text. A longer answer is not recognised.
    /// </summary>
    protected const int MaxRecognizedLength = 200;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions { Prompt: not null } promptOptions)
        {
            throw new ArgumentException($"The prompt '{Id}' needs PromptOptions with a Prompt.", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions;
        state[AttemptsKey] = 0;
        state[PromptIdKey] = Guid.NewGuid().ToString("N")[..12];
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = Options(state);
        var input = PromptInput.From(dc.Context.Activity);
        if (input.PromptId is { } promptId && promptId != state.GetValue<string>(PromptIdKey))
        {
            // A button of an earlier question (a double click, an old card): ignore it.
            return EndOfTurn;
        }

        if (options.AllowSkip && SkipWords.Contains(input.Text.Trim().TrimEnd('.', '!').ToLowerInvariant()))
        {
            return await dc.EndDialogAsync(PromptResult.Skipped, cancellationToken).ConfigureAwait(false);
        }

        var attempts = state.GetValue<int>(AttemptsKey);
        var recognized = await OnRecognizeAsync(dc.Context, input, options, cancellationToken).ConfigureAwait(false);
        var valid = recognized.Succeeded
            && (_validator is null || await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken).ConfigureAwait(false));
        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        state[AttemptsKey] = ++attempts;
        if (attempts >= options.MaxAttempts)
        {
            return await dc.EndDialogAsync(PromptResult.TooManyAttempts, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, instance.State, Options(instance.State), false, cancellationToken);
    }

    /// <inheritdoc />
    public override string? GetHelpText(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return (instance.State.TryGetValue(OptionsKey, out var options) ? (options as PromptOptions)?.HelpText : null) ?? HelpText;
    }

    /// <summary>Sends the question (or the retry question). Override to add buttons; always send a copy.</summary>
    protected virtual Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = Question(options, isRetry);
        if (options.Form != PromptForm.None)
        {
            ChoiceButtons.AddForm(question, options.Form, options.FormPlaceholder, options.AllowSkip, PromptId(state));
        }
        else if (options.AllowSkip)
        {
            ChoiceButtons.Add(question, [new Choice(SkipValue, "Skip")], ListStyle.AdaptiveCard, PromptId(state));
        }

        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <summary>The value the Skip button sends.</summary>
    public const string SkipValue = "skip";

    private static readonly HashSet<string> SkipWords = new(StringComparer.Ordinal)
    {
        SkipValue, "none", "no", "nope", "n/a", "na", "not applicable", "nothing", "no measure", "no date", "pass",
    };

    /// <summary>Recognises the answer.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>A fresh copy of the question to send (sending stamps addresses on an activity; the stored one stays clean).</summary>
    protected static Activity Question(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var source = (isRetry ? options.RetryPrompt : null) ?? options.Prompt!;
        var copy = (Activity)Activity.CreateMessageActivity();
        copy.Text = source.Text;
        copy.Speak = source.Speak;
        copy.TextFormat = source.TextFormat;
        copy.InputHint = source.InputHint ?? InputHints.ExpectingInput;
        copy.Attachments = source.Attachments?.ToList() ?? [];
        copy.AttachmentLayout = source.AttachmentLayout;
        copy.SuggestedActions = source.SuggestedActions;
        copy.Entities = source.Entities?.ToList();
        return copy;
    }

    /// <summary>The prompt's id for this instance; card buttons carry it.</summary>
    protected static string PromptId(IDictionary<string, object> state) =>
        state?.GetValue<string>(PromptIdKey) ?? string.Empty;

    /// <summary>Parses a number the recognisers resolved ("12", "3.5").</summary>
    protected static bool TryParseNumber(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private PromptOptions Options(IDictionary<string, object> state) =>
        state.GetValue<PromptOptions>(OptionsKey) ?? throw new InvalidOperationException($"The prompt '{Id}' has no options in its state.");
}
