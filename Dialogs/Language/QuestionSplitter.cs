namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Two or three questions typed in one message ("how many burglaries were there? and what about shoplifting?", "is ASB a
/// priority? how many incidents were there?"): the message split at its question marks, each part a question of its own. A
/// part that does not open as a question ("how many burglaries? in 2016?", "what changed? thanks") stays with the one before.
/// </summary>
public static class QuestionSplitter
{
    /// <summary>At most this many questions are answered from one message; a message with more is read whole.</summary>
    public const int MostQuestions = 3;

    /// <summary>Words that open a question of its own ("list pls" after a question asks for that answer as a list, not another one).</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "what", "what's", "whats", "how", "how's", "why", "who", "who's", "whom", "whose", "when", "where", "which", "is", "are",
        "was", "were", "does", "do", "did", "has", "have", "had", "can", "could", "should", "would", "will",
    };

    /// <summary>Words that may join a question to the one before ("and what about shoplifting?").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "also", "plus", "then", "so", "but", "oh", "ok", "okay" };

    /// <summary>The questions of <paramref name="text"/>, in order; the text alone when it holds one (or more than <see cref="MostQuestions"/>).</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var start = 0;
        for (var i = text.IndexOf('?', StringComparison.Ordinal); i >= 0 && i < text.Length - 1; i = text.IndexOf('?', i + 1))
        {
            var next = text[(i + 1)..];
            if (next.Trim().Trim('?').Length == 0 || !OpensAQuestion(next))
            {
                continue;
            }

            parts.Add(text[start..(i + 1)].Trim());
            start = i + 1;
        }

        if (parts.Count == 0)
        {
            return [text];
        }

        parts.Add(text[start..].Trim());
        return parts.Count <= MostQuestions && parts.All(p => TextNormalizer.Tokens(p).Count >= 2) ? parts : [text];
    }

    /// <summary>Whether <paramref name="rest"/> opens as a question of its own, past a joining word.</summary>
    private static bool OpensAQuestion(string rest)
    {
        var words = TextNormalizer.Tokens(rest);
        var first = words.Count > 1 && Joiners.Contains(words[0]) ? 1 : 0;
        return words.Count > first + 1 && Openers.Contains(words[first]);
    }
}
