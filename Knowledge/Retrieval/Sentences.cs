using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>Splits a passage into sentences, keeping each one a substring of the text.</summary>
public static partial class Sentences
{
    /// <summary>Words that end with a full stop without ending a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "esp", "etc", "no", "vs", "approx", "cf", "st", "dr", "mr", "mrs", "ms", "fig",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<string>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var stop = end.Index + end.Groups["end"].Length;
            if (EndsWithAbbreviation(text, end.Index) || EndsListNumber(text, end.Index))
            {
                continue;
            }

            Add(sentences, text[start..stop]);
            start = end.Index + end.Length;
        }

        Add(sentences, text[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    /// <summary>Whether the full stop at <paramref name="index"/> ends an abbreviation such as "e.g." or "esp.".</summary>
    private static bool EndsWithAbbreviation(string text, int index)
    {
        if (text[index] != '.')
        {
            return false;
        }

        var wordStart = index;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        return Abbreviations.Contains(text[wordStart..index]);
    }

    /// <summary>Whether the full stop at <paramref name="index"/> numbers a list item, as in "priorities: 1. Safeguarding ...; 2. Identifying".</summary>
    private static bool EndsListNumber(string text, int index)
    {
        var digits = index;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        if (text[index] != '.' || digits == index || index - digits > 2)
        {
            return false;
        }

        var before = digits - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        return before < 0 || text[before] is ':' or ';';
    }

    /// <summary>A full stop, question or exclamation mark (and a closing quote or bracket), then space and a capital, digit or quote.</summary>
    [GeneratedRegex("""(?<end>[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])""", RegexOptions.None)]
    private static partial Regex SentenceEnd();
}
