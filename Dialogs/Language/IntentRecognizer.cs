using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>SafetyBot's recogniser of typed questions.</summary>
public sealed class IntentRecognizer : IIntentRecognizer
{
    /// <inheritdoc />
    public Understanding Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var smallTalk = SmallTalk.Match(text);
        return Understanding.Of(smallTalk ?? Intents.Unknown);
    }
}
