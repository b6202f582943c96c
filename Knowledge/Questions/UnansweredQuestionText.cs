using System.Text.RegularExpressions;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Knowledge.Questions;

/// <summary>
/// How an unanswered question is kept, whatever the store: personal details a member typed (a name given, where they live, a
/// phone number, an email address, a postcode) replaced by "[removed]", spaces folded, at most <see cref="MaxLength"/> characters.
/// The store holds aggregates only: the log shows the team what members ask, never who they are.
/// </summary>
public static partial class UnansweredQuestionText
{
    /// <summary>Longest question kept, in characters.</summary>
    public const int MaxLength = 500;

    /// <summary>The text as kept, or null when it is blank.</summary>
    public static string? Normalise(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = Spaces().Replace(WithoutPersonalDetails(question), " ").Trim();
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

    /// <summary>The text with a member's personal details replaced by "[removed]".</summary>
    public static string WithoutPersonalDetails(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var detail in new[] { Email(), Phone(), Postcode(), HouseAddress(), WhereILive(), NameGiven(), NameIntroduced() })
        {
            text = detail.Replace(text, Removed);
        }

        return text;
    }

    private const string Removed = "[removed]";

    [GeneratedRegex(@"\s+", RegexOptions.None)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.None)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b", RegexOptions.None)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b\d+[a-z]?,?\s+(?:[A-Za-z']+\s+){1,3}(?:road|rd|street|st|lane|ln|avenue|ave|close|way|drive|dr|court|ct|place|crescent|gardens|terrace|row|hill|grove|park|walk|square)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HouseAddress();

    [GeneratedRegex(@"\b(?<=i\s+live\s+(?:at|on)\s+)[^,.;!?]+", RegexOptions.IgnoreCase)]
    private static partial Regex WhereILive();

    [GeneratedRegex(@"(?<=\bmy\s+name(?:\s+is|'s)\s+)[\p{L}'-]+(?:\s+[\p{L}'-]+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NameGiven();

    [GeneratedRegex(@"(?<=\b(?:[Ii]'m|[Ii]\s+am|[Tt]his\s+is)\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?", RegexOptions.None)]
    private static partial Regex NameIntroduced();
}
