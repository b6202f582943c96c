namespace SafetyBot.Dialogs.Language;

/// <summary>A light stemmer so that plurals and simple verb forms meet: burglaries/burglary, offences/offence.</summary>
public static class Stem
{
    /// <summary>The word without a plural or simple ending.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 4 || char.IsDigit(word[0]))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }
}
