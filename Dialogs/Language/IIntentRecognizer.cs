using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>Turns a member's typed text into an <see cref="Understanding"/>.</summary>
public interface IIntentRecognizer
{
    /// <summary>Recognises <paramref name="text"/> (already stripped of the bot's @mention).</summary>
    Understanding Recognize(string text);
}
