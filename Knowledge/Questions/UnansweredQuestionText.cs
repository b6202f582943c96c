using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Questions;

/// <summary>How an unanswered question is kept, whatever the store: spaces folded, at most <see cref="MaxLength"/> characters.</summary>
public static partial class UnansweredQuestionText
{
    /// <summary>Longest question kept, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The text as kept, or null when it is blank.</summary>
    public static string? Normalise(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Spaces().Replace(question, " ").Trim();
        if (text.Length == 0)
        {
            return null;
        }

        // Never cut between the two halves of a character outside the Basic Multilingual Plane.
        return text.Length > MaxLength ? text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)] : text;
    }

    /// <summary>
    /// The record id of a kept text: case folded, so one question asked in different cases is one record; up to 2,000
    /// bytes of UTF-8, too long for an index key, so a long question is kept under its hash (<see cref="IndexKey"/>).
    /// </summary>
    public static string IdOf(string text) => IndexKey.Of(text.ToLowerInvariant());

    [GeneratedRegex(@"\s+", RegexOptions.None)]
    private static partial Regex Spaces();
}
