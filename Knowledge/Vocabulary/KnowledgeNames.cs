using System.Globalization;
using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge;

/// <summary>
/// The names members use for the topics of the knowledge: each indicator's display name (and the
/// part in brackets), synonyms and id; each priority's title; each programme's title, its parts
/// ("County lines/cuckooing" gives "county lines" and "cuckooing") and the names people use that
/// its title does not contain; each glossary term, its expansion and synonyms.
/// </summary>
public static partial class KnowledgeNames
{
    /// <summary>Names people use for a programme that its title does not contain.</summary>
    private static readonly Dictionary<string, string[]> ProgrammeNicknames = new(StringComparer.Ordinal)
    {
        ["1.1"] = ["county lines", "cuckooing", "drug lines"],
        ["1.2"] = ["adult exploitation", "exploitation of adults", "befriending", "mate crime"],
        ["2.1"] = ["market ward", "night-time economy", "night time economy", "NTE", "vulnerable locations", "hotspots"],
        ["3.1"] = ["white ribbon", "white ribbon campaign", "white ribbon day", "WRC"],
    };

    /// <summary>Every named topic of <paramref name="store"/> (its latest year's priorities).</summary>
    public static IReadOnlyList<NamedTopic> Of(IKnowledgeStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var priorities = store.Priorities();
        var programmes = priorities.SelectMany(p => p.ProgrammeCodes).Select(store.Programme).OfType<ProgrammeDetail>().Select(d => d.Programme);
        return Of(store.Indicators(), priorities, programmes, store.GlossaryTerms());
    }

    /// <summary>Every named topic of the given knowledge.</summary>
    internal static IReadOnlyList<NamedTopic> Of(
        IEnumerable<Indicator> indicators,
        IEnumerable<Priority> priorities,
        IEnumerable<Programme> programmes,
        IEnumerable<GlossaryTerm> glossary)
    {
        var glossaryTerms = glossary.ToList();
        var topics = new List<NamedTopic>();
        topics.AddRange(indicators.Select(i => Named(
            NamedTopicKind.Indicator, i.Id, i.DisplayName, NamesOf(i.DisplayName, glossaryTerms).Concat(i.Synonyms).Append(i.Id.Replace('-', ' ')))));
        topics.AddRange(priorities.Select(p => Named(
            NamedTopicKind.Priority, p.Number.ToString(CultureInfo.InvariantCulture), p.Title, PriorityNames(p.Title))));
        topics.AddRange(programmes.Select(p => Named(
            NamedTopicKind.Programme, p.Id, p.Title, TitleParts(p.Title).Concat(ProgrammeNicknames.GetValueOrDefault(p.Id, [])))));
        topics.AddRange(glossaryTerms.Select(g => Named(
            NamedTopicKind.GlossaryTerm, g.Id, g.Term, new[] { g.Term, g.Id.Replace('-', ' '), g.Expansion }.OfType<string>().Concat(g.Synonyms))));
        return topics;
    }

    private static NamedTopic Named(NamedTopicKind kind, string id, string displayName, IEnumerable<string> names) =>
        new(kind, id, displayName, [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)]);

    /// <summary>
    /// "Domestic violence offences (crimes with a domestic abuse marker)" gives both halves and the whole. A bracketed
    /// part that is a glossary term standing for something else names where the figures come from, not the indicator:
    /// "CSEW" in "Domestic abuse victimisation (CSEW)" is the survey (every CSEW question is not about domestic abuse),
    /// while "ASB" in "Anti-social behaviour (ASB)" stands for the name outside the brackets and still names it.
    /// </summary>
    private static IEnumerable<string> NamesOf(string displayName, IReadOnlyList<GlossaryTerm> glossary)
    {
        var bracket = Bracketed().Match(displayName);
        if (!bracket.Success)
        {
            return [displayName];
        }

        var outside = displayName.Remove(bracket.Index, bracket.Length).Trim();
        var inside = bracket.Groups[1].Value.Trim();
        var source = glossary.Any(g => string.Equals(g.Term, inside, StringComparison.OrdinalIgnoreCase)
            && g.Expansion is { } expansion && !string.Equals(expansion, outside, StringComparison.OrdinalIgnoreCase));
        return source ? [outside, displayName] : [outside, inside, displayName];
    }

    /// <summary>"Market Ward Group, including night-time economy" gives "Market Ward Group" and "night-time economy".</summary>
    /// <summary>
    /// A priority's title, and the ways members name it by a part of its title with the word "priority": "the safeguarding
    /// priority", "the violence and exploitation priority", "the vulnerable locations priority". A part alone is never the
    /// priority's name ("violence" is a topic of its own), and a title of one phrase has no other name.
    /// </summary>
    private static IEnumerable<string> PriorityNames(string title)
    {
        var parts = PriorityTitleJoints().Split(title).Select(p => p.Trim()).Where(p => p.Length > 2).ToList();
        if (parts.Count < 2)
        {
            // A title that is a topic's own name ("Domestic Abuse"): "is domestic abuse priority 2?" asks about the topic.
            return [title];
        }

        return parts.Prepend(title.Split(' ')[0]).Prepend(title)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .SelectMany(part => new[] { $"{part} priority", $"priority on {part}" })
            .Prepend(title);
    }

    private static IEnumerable<string> TitleParts(string title) =>
        TitleSeparators().Split(title).Select(p => p.Trim()).Where(p => p.Length > 2).Prepend(title);

    /// <summary>Where a priority's title joins its action to its subject: "Safeguarding people | against | violence and exploitation".</summary>
    [GeneratedRegex(@"\b(?:against|to|of|for|at)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityTitleJoints();

    [GeneratedRegex(@"\(([^)]*)\)", RegexOptions.None)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"/|,|\bincluding\b|\bled by\b.*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleSeparators();
}
