namespace SafetyBot.Dialogs.Language;

/// <summary>
/// A short follow-up after a question about the assessment itself (who wrote it, what it is for): "when?", "and what's it for?",
/// "who is it for?" point to the assessment, as a colleague hears them. The follow-up is read again with the assessment named
/// in place of the word that points to it (<see cref="Rewrite"/>), so it is understood as the question asked outright.
/// </summary>
public static class DocumentFollowUp
{
    /// <summary>Words a follow-up opens with that add nothing ("and what's it for?", "ok when?").</summary>
    private static readonly HashSet<string> Openings = new(StringComparer.Ordinal) { "and", "so", "ok", "okay", "right", "then", "but" };

    /// <summary>Words that point to the assessment just asked about.</summary>
    private static readonly HashSet<string> Pointing = new(StringComparer.Ordinal) { "it", "that", "this", "they", "them" };

    /// <summary>A question word asked on its own, and the question it stands for about the assessment.</summary>
    private static readonly Dictionary<string, string> BareQuestions = new(StringComparer.Ordinal)
    {
        ["when"] = "when was the assessment written",
        ["who"] = "who wrote the assessment",
        ["why"] = "what is the assessment for",
        ["what for"] = "what is the assessment for",
        ["for what"] = "what is the assessment for",
        ["who for"] = "who is the assessment for",
    };

    /// <summary>The most words a follow-up of the assessment may have.</summary>
    private const int MaxWords = 7;

    /// <summary>
    /// <paramref name="text"/> with the assessment named where it points to it ("and what's it for?" is "what's the assessment
    /// for"; "when?" is "when was the assessment written"), or null when the last question was not about the assessment itself,
    /// or the text is not a short follow-up that points to it.
    /// </summary>
    public static string? Rewrite(string? text, QuestionContext? context)
    {
        if (text is null || context is not { AboutTheDocument: true })
        {
            return null;
        }

        var words = TextNormalizer.Tokens(text).SkipWhile(Openings.Contains).ToList();
        if (words.Count is 0 or > MaxWords)
        {
            return null;
        }

        if (BareQuestions.TryGetValue(string.Join(' ', words), out var asked))
        {
            return asked;
        }

        // "what's it for" is typed "whats it for": the pointing word follows the contraction.
        var pointer = words.FindIndex(Pointing.Contains);
        return pointer < 0 ? null : string.Join(' ', words.Take(pointer).Append("the assessment").Concat(words.Skip(pointer + 1)));
    }
}
