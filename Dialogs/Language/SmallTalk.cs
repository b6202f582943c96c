using System.Collections.Frozen;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Greetings, thanks and requests for help: short messages recognised as a whole, whatever
/// their casing or trailing punctuation.
/// </summary>
public static class SmallTalk
{
    private static readonly FrozenDictionary<string, string> Phrases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["hello"] = Intents.Greeting,
        ["hi"] = Intents.Greeting,
        ["hiya"] = Intents.Greeting,
        ["hey"] = Intents.Greeting,
        ["hi there"] = Intents.Greeting,
        ["hello there"] = Intents.Greeting,
        ["good morning"] = Intents.Greeting,
        ["good afternoon"] = Intents.Greeting,
        ["good evening"] = Intents.Greeting,
        ["morning"] = Intents.Greeting,
        ["afternoon"] = Intents.Greeting,
        ["hello safetybot"] = Intents.Greeting,
        ["hi safetybot"] = Intents.Greeting,
        ["thanks"] = Intents.Thanks,
        ["thank you"] = Intents.Thanks,
        ["thanks very much"] = Intents.Thanks,
        ["thank you very much"] = Intents.Thanks,
        ["thanks a lot"] = Intents.Thanks,
        ["cheers"] = Intents.Thanks,
        ["ta"] = Intents.Thanks,
        ["great thanks"] = Intents.Thanks,
        ["help"] = Intents.Help,
        ["help me"] = Intents.Help,
        ["what can you do"] = Intents.Help,
        ["what do you do"] = Intents.Help,
        ["what can i ask"] = Intents.Help,
        ["what can i ask you"] = Intents.Help,
        ["how do i use this"] = Intents.Help,
        ["how does this work"] = Intents.Help,
        ["menu"] = Intents.Help,
        ["options"] = Intents.Help,
        ["start"] = Intents.Help,
        ["?"] = Intents.Help,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The small-talk intent of <paramref name="text"/>, or null when it is not small talk.</summary>
    public static string? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd('!', '.', '?', ',', ' ');
        if (trimmed.Length == 0)
        {
            return text.Trim() == "?" ? Intents.Help : null;
        }

        return Phrases.GetValueOrDefault(trimmed);
    }
}
