namespace SafetyBot.Cards.Formatting;

/// <summary>How topic names are written where space is short (buttons, chart labels) and inside sentences.</summary>
public static class Names
{
    /// <summary>"Domestic violence offences (crimes with a domestic abuse marker)" becomes "Domestic violence offences".</summary>
    public static string Short(string displayName)
    {
        ArgumentNullException.ThrowIfNull(displayName);
        var bracket = displayName.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? displayName[..bracket] : displayName;
    }

    /// <summary>A short name inside a sentence: "business crime", but "CSE" and "A&amp;E attendances" keep their capitals.</summary>
    public static string InSentence(string displayName)
    {
        var name = Short(displayName);
        return name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) && !char.IsPunctuation(name[1])
            ? char.ToLowerInvariant(name[0]) + name[1..]
            : name;
    }

    /// <summary>"Cybercrime" becomes "Cybercrime": the first letter in capitals, for the start of a sentence.</summary>
    public static string Capitalised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
