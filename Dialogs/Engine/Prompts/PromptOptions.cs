using Microsoft.Bot.Schema;

namespace SafetyBot.Dialogs.Engine;

/// <summary>What a prompt asks, how it re-asks, and what it accepts. Persisted with the prompt.</summary>
public sealed class PromptOptions
{
    /// <summary>The default of <see cref="MaxAttempts"/>.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The question (required).</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an invalid answer; the <see cref="Prompt"/> again when null.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>Anything a validator needs (a minimum, say); keep it JSON-friendly.</summary>
    public object? Validations { get; set; }

    /// <summary>Invalid answers accepted before the prompt ends with <see cref="PromptResult.TooManyAttempts"/>.</summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>What "help" says during this prompt; the prompt's or its parent's help when null.</summary>
    public string? HelpText { get; set; }

    /// <summary>How choices are shown; the prompt's <c>Style</c> when null.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>
    /// When true the question is optional: "skip", "none", "no" (or the Skip button) ends the
    /// prompt with <see cref="PromptResult.Skipped"/>.
    /// </summary>
    public bool AllowSkip { get; set; }

    /// <summary>An input box shown with the question (answered by filling it in and clicking Next).</summary>
    public PromptForm Form { get; set; }

    /// <summary>The input box's placeholder, e.g. "12 referrals".</summary>
    public string? FormPlaceholder { get; set; }
}
