using System.Collections.Frozen;
using SafetyBot.Cards;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Greetings, thanks and requests for help: short messages recognised as a whole, whatever
/// their casing or trailing punctuation.
/// </summary>
public static class SmallTalk
{
    private static readonly FrozenDictionary<string, Intent> Phrases = new Dictionary<string, Intent>(StringComparer.OrdinalIgnoreCase)
    {
        ["hello"] = Intent.Greeting,
        ["hi"] = Intent.Greeting,
        ["hiya"] = Intent.Greeting,
        ["hey"] = Intent.Greeting,
        ["hi there"] = Intent.Greeting,
        ["hello there"] = Intent.Greeting,
        ["good morning"] = Intent.Greeting,
        ["good afternoon"] = Intent.Greeting,
        ["good evening"] = Intent.Greeting,
        ["morning"] = Intent.Greeting,
        ["afternoon"] = Intent.Greeting,
        ["hello safetybot"] = Intent.Greeting,
        ["hi safetybot"] = Intent.Greeting,
        ["thanks"] = Intent.Thanks,
        ["thank you"] = Intent.Thanks,
        ["thanks very much"] = Intent.Thanks,
        ["thank you very much"] = Intent.Thanks,
        ["thanks a lot"] = Intent.Thanks,
        ["cheers"] = Intent.Thanks,
        ["ta"] = Intent.Thanks,
        ["great thanks"] = Intent.Thanks,
        ["help"] = Intent.Help,
        ["help me"] = Intent.Help,
        ["what can you do"] = Intent.Help,
        ["what do you do"] = Intent.Help,
        ["what can i ask"] = Intent.Help,
        ["what can i ask you"] = Intent.Help,
        ["how do i use this"] = Intent.Help,
        ["how does this work"] = Intent.Help,
        ["menu"] = Intent.Help,
        ["options"] = Intent.Help,
        ["start"] = Intent.Help,
        ["?"] = Intent.Help,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The small-talk intent of <paramref name="text"/>, or null when it is not small talk.</summary>
    public static Intent? Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimEnd('!', '.', '?', ',', ' ');
        if (trimmed.Length == 0)
        {
            return text.Trim() == "?" ? Intent.Help : null;
        }

        return Phrases.TryGetValue(trimmed, out var intent) ? intent : null;
    }
}
