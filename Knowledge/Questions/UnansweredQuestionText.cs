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

    /// <summary>
    /// The text with personal details replaced by "[removed]": e-mail addresses, phone, NHS and national insurance numbers,
    /// full dates (a date of birth), postcodes and house addresses, and a person's name where the words point at one ("my
    /// name is", "asks", "by", "named", a name before "DOB" or "born").
    /// </summary>
    public static string WithoutPersonalDetails(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var detail in new[] { Email(), DateOfBirth(), NhsNumber(), NationalInsuranceNumber(), Phone(), Postcode(), HouseAddress(), WhereILive(), NameGiven(), NameIntroduced(), NamePointedAt(), NameBeforeBirthDetails() })
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

    /// <summary>A full date, as a date of birth is written ("01/02/1980", "1.2.80"); financial years ("2016/17") are not.</summary>
    [GeneratedRegex(@"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b", RegexOptions.None)]
    private static partial Regex DateOfBirth();

    /// <summary>An NHS number: ten digits, often 3-3-4.</summary>
    [GeneratedRegex(@"\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b", RegexOptions.None)]
    private static partial Regex NhsNumber();

    /// <summary>A national insurance number ("QQ 12 34 56 C").</summary>
    [GeneratedRegex(@"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", RegexOptions.IgnoreCase)]
    private static partial Regex NationalInsuranceNumber();

    /// <summary>A capitalised name of two or three words after a word that points at a person ("asks Zebedee Quux", "by Quentin Zorro").</summary>
    [GeneratedRegex(@"(?<=\b(?:[Aa]sks|[Aa]sked\s+by|[Bb]y|[Nn]amed|[Cc]alled|[Ff]rom|[Vv]ictim|[Ss]uspect|[Oo]ffender|[Pp]erpetrator|[Cc]ase\s+of|[Aa]bout)\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2}", RegexOptions.None)]
    private static partial Regex NamePointedAt();

    /// <summary>A capitalised name of two or three words before the details of a birth ("Zebedee Quux DOB", "Jo Bloggs born").</summary>
    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'-]+){1,2}(?=,?\s+(?:DOB|[Dd]\.[Oo]\.[Bb]|[Bb]orn|[Dd]ate\s+of\s+birth|[Aa]ged\s+\d))", RegexOptions.None)]
    private static partial Regex NameBeforeBirthDetails();
}
