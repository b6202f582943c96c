namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Yes and no, typed or clicked: "yes", "yep", "yeah", "sure", "ok", "no", "nope", "nah", and
/// the localised booleans the Bot Framework's confirm prompt offers (sí, oui, ja, sim, 是...).
/// </summary>
internal static class BooleanWords
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "yes", "y", "yep", "yup", "yeah", "yea", "ya", "sure", "ok", "okay", "k", "true", "correct", "right", "confirm",
        "confirmed", "absolutely", "definitely", "certainly", "affirmative", "go ahead", "do it", "please do", "of course",
        "yes please", "that's right", "thats right", "that is right", "sounds good", "looks good", "all good", "save", "save it",
        "sí", "si", "oui", "ja", "sim", "da", "是", "はい", "네", "👍", "✅",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "no", "n", "nope", "nah", "na", "false", "incorrect", "wrong", "negative", "not really", "no thanks", "no thank you",
        "don't", "dont", "do not", "not now", "no way", "non", "nein", "não", "nao", "nee", "nej", "否", "いいえ", "아니요", "👎", "❌",
    };

    public static bool? Recognize(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && Lookup(trimmed) is { } emoji)
        {
            return emoji;
        }

        var utterance = Utterance.Normalize(text);
        if (utterance.Length == 0)
        {
            return null;
        }

        if (Lookup(utterance) is { } whole)
        {
            return whole;
        }

        // "yes, that's right", "no I haven't": the first word decides, unless the rest disagrees.
        var words = Utterance.Tokens(utterance);
        var first = Lookup(words[0]);
        return first is { } answer && !words.Skip(1).Any(word => Lookup(word) == !answer) ? answer : null;
    }

    private static bool? Lookup(string word) => Yes.Contains(word) ? true : No.Contains(word) ? false : null;
}
