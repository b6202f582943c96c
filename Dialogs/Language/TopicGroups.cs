namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The words members use for a group of the scanning table's topics, and the group (an indicator's category in Knowledge)
/// each means: "acquisitive crimes" are the property crime topics, "violent crimes" the violence topics. The lists
/// themselves are drawn from the knowledge store by category; a group the store does not hold is listed as empty.
/// </summary>
internal static class TopicGroups
{
    private static readonly (CueSet Words, string Category)[] Groups =
    [
        // "how many thefts", "how many assaults": the everyday word for the group's crimes, which no one topic is.
        (new CueSet("acquisitive", "property", "theft and burglary", "thefts and burglaries", "theft", "thefts"), "Property crime"),
        (new CueSet("violent", "violence", "assault", "assaults"), "Violence"),
        (new CueSet("exploitation", "exploitative"), "Exploitation"),
        (new CueSet("domestic abuse", "domestic violence", "da"), "Domestic abuse"),
        (new CueSet("drugs and alcohol", "drug and alcohol", "substance misuse"), "Drugs and alcohol"),
        (new CueSet("anti-social", "antisocial", "anti social", "asb"), "Anti-social behaviour"),
    ];

    /// <summary>The group <paramref name="q"/> names, or null (the first when it names several).</summary>
    public static string? In(QuestionFacts q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return Groups.FirstOrDefault(g => q.Has(g.Words)).Category;
    }

    /// <summary>
    /// True when the indicators <paramref name="q"/> names are named only by the group's own words and crime nouns
    /// ("violent crime" names all violence against the person, "violence" too): a question about the group, not the
    /// indicator. "Violence without injury" names an indicator of its own.
    /// </summary>
    public static bool NamesOnlyTheGroup(QuestionFacts q)
    {
        ArgumentNullException.ThrowIfNull(q);
        if (!q.NamesIndicator)
        {
            return true;
        }

        var group = Groups.FirstOrDefault(g => q.Has(g.Words)).Words;
        if (group is null)
        {
            return false;
        }

        var words = group.Words.Concat(Cues.CrimeNouns.Words).ToHashSet(StringComparer.Ordinal);
        return q.Indicators.All(m => q.Stems.Skip(m.Start).Take(m.Length).All(words.Contains));
    }
}
