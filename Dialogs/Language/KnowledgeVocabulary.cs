using System.Text.RegularExpressions;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The names members use for topics, taken from the Knowledge store: each indicator's display
/// name (and the part in brackets) and synonyms; each programme's title and its parts
/// ("County lines/cuckooing" gives "county lines" and "cuckooing"); each priority's title; each
/// glossary term, its expansion and synonyms; and the words for topics the assessment has no
/// figures for (<see cref="UncoveredTopics"/>), unless Knowledge names a topic by them.
/// </summary>
public sealed partial class KnowledgeVocabulary(IKnowledgeStore store) : IVocabularySource
{
    /// <summary>Names people use for a programme that its title does not contain.</summary>
    private static readonly Dictionary<string, string[]> ProgrammeNicknames = new(StringComparer.Ordinal)
    {
        ["1.1"] = ["county lines", "cuckooing", "drug lines"],
        ["1.2"] = ["adult exploitation", "exploitation of adults", "befriending", "mate crime"],
        ["2.1"] = ["market ward", "night-time economy", "night time economy", "NTE", "vulnerable locations", "hotspots"],
        ["3.1"] = ["white ribbon", "white ribbon campaign", "white ribbon day"],
    };

    /// <inheritdoc />
    public long Version => store.Version;

    /// <inheritdoc />
    public IEnumerable<VocabularyTerm> Terms()
    {
        var indicatorNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in store.Indicators())
        {
            var topic = new TopicRef(TopicKind.Indicator, indicator.Id, indicator.DisplayName);
            foreach (var name in NamesOf(indicator.DisplayName).Concat(indicator.Synonyms).Append(indicator.Id.Replace('-', ' ')))
            {
                indicatorNames.Add(name);
                yield return new VocabularyTerm(name, topic);
            }
        }

        foreach (var priority in store.Priorities())
        {
            var code = priority.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!indicatorNames.Contains(priority.Title))
            {
                yield return new VocabularyTerm(priority.Title, new TopicRef(TopicKind.Priority, code, priority.Title));
            }

            foreach (var programmeCode in priority.ProgrammeCodes)
            {
                if (store.Programme(programmeCode) is not { } detail)
                {
                    continue;
                }

                var topic = new TopicRef(TopicKind.Priority, programmeCode, detail.Programme.Title);
                var nicknames = ProgrammeNicknames.GetValueOrDefault(programmeCode, []);
                foreach (var name in TitleParts(detail.Programme.Title).Concat(nicknames).Where(n => !indicatorNames.Contains(n)))
                {
                    yield return new VocabularyTerm(name, topic);
                }
            }
        }

        foreach (var term in store.GlossaryTerms())
        {
            var topic = new TopicRef(TopicKind.Glossary, term.Id, term.Term);
            var names = new List<string> { term.Term, term.Id.Replace('-', ' ') };
            if (!string.IsNullOrWhiteSpace(term.Expansion))
            {
                names.Add(term.Expansion);
            }

            foreach (var name in names.Concat(term.Synonyms))
            {
                indicatorNames.Add(name);
                yield return new VocabularyTerm(name, topic);
            }
        }

        foreach (var uncovered in UncoveredTopics.All)
        {
            var topic = new TopicRef(TopicKind.Uncovered, uncovered.Id, uncovered.Name);
            foreach (var phrase in uncovered.Phrases.Where(p => !indicatorNames.Contains(p)))
            {
                yield return new VocabularyTerm(phrase, topic);
            }
        }
    }

    /// <summary>"Domestic violence offences (crimes with a domestic abuse marker)" gives both halves.</summary>
    private static IEnumerable<string> NamesOf(string displayName)
    {
        var bracket = Bracketed().Match(displayName);
        if (!bracket.Success)
        {
            return [displayName];
        }

        var outside = displayName.Remove(bracket.Index, bracket.Length).Trim();
        var inside = bracket.Groups[1].Value.Trim();
        return [outside, inside, displayName];
    }

    /// <summary>"Market Ward Group, including night-time economy" gives "Market Ward Group" and "night-time economy".</summary>
    private static IEnumerable<string> TitleParts(string title) =>
        TitleSeparators().Split(title).Select(p => p.Trim()).Where(p => p.Length > 2).Prepend(title);

    [GeneratedRegex(@"\(([^)]*)\)", RegexOptions.None, 200)]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"/|,|\bincluding\b|\bled by\b.*$", RegexOptions.IgnoreCase, 200)]
    private static partial Regex TitleSeparators();
}
