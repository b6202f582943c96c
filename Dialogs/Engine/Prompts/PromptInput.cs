using Microsoft.Bot.Schema;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Engine;

/// <summary>A member's answer to a prompt: typed text, or the value of a <see cref="Intent.DialogAnswer"/> button.</summary>
/// <param name="Text">The answer, cleaned of mentions; empty when there is none.</param>
/// <param name="FromCard">True when it came from a card submit.</param>
/// <param name="PromptId">The prompt the button belongs to, when the submit says.</param>
public sealed record PromptInput(string Text, bool FromCard, string? PromptId)
{
    /// <summary>Reads the answer from a message activity.</summary>
    public static PromptInput From(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = activity.AsMessageActivity();
        if (CardSubmit.TryRead(message?.Value, out var submit) && submit.Answer is { } answer)
        {
            return new PromptInput(answer.Value.Trim(), true, answer.PromptId);
        }

        return new PromptInput(MentionText.Clean(message?.Text), false, null);
    }
}
