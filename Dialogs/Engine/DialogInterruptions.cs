using Microsoft.Bot.Schema;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Recognises interruptions (the whole message must be the phrase, so "stop and search figures"
/// is an answer, not a cancel) and holds what the <see cref="DialogRunner"/> says for them.
/// </summary>
public sealed class DialogInterruptions
{
    /// <summary>The phrases and messages SafetyBot uses.</summary>
    public static DialogInterruptions Default { get; } = new();

    /// <summary>Phrases that cancel every dialog.</summary>
    public IReadOnlySet<string> CancelPhrases { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "cancel", "stop", "quit", "exit", "abort", "never mind", "nevermind", "forget it", "cancel that", "stop that", "cancel it",
    };

    /// <summary>Phrases that ask for the active dialog's help.</summary>
    public IReadOnlySet<string> HelpPhrases { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "help", "?", "what do i say", "what can i say", "i'm stuck", "im stuck", "help me",
    };

    /// <summary>Phrases that go back to the previous question.</summary>
    public IReadOnlySet<string> BackPhrases { get; init; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "back", "go back", "previous", "previous question", "undo", "change my last answer",
    };

    /// <summary>Said after cancelling.</summary>
    public string CancelledMessage { get; init; } = "No problem, I've stopped that. Ask me anything when you're ready.";

    /// <summary>Said for "help" when no dialog on the stack has help of its own.</summary>
    public string DefaultHelpMessage { get; init; } = "Answer the question below, or say \"back\" to change your last answer, or \"cancel\" to stop.";

    /// <summary>Said for "back" at the first question.</summary>
    public string NothingToGoBackToMessage { get; init; } = "This is the first question, so there's nothing to go back to.";

    /// <summary>What the message asks, if it is an interruption.</summary>
    public DialogInterruption Recognize(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = activity.AsMessageActivity();
        if (message is null)
        {
            return DialogInterruption.None;
        }

        if (CardSubmit.TryRead(message.Value, out var submit))
        {
            return submit.Intent switch
            {
                Intent.DialogCancel => DialogInterruption.Cancel,
                Intent.DialogHelp => DialogInterruption.Help,
                Intent.DialogBack => DialogInterruption.Back,
                _ => DialogInterruption.None,
            };
        }

        var text = Language.MentionText.Clean(message.Text).ToLowerInvariant();
        if (HelpPhrases.Contains(text))
        {
            return DialogInterruption.Help;
        }

        text = Utterance.Normalize(text);
        return CancelPhrases.Contains(text) ? DialogInterruption.Cancel
            : HelpPhrases.Contains(text) ? DialogInterruption.Help
            : BackPhrases.Contains(text) ? DialogInterruption.Back
            : DialogInterruption.None;
    }
}
