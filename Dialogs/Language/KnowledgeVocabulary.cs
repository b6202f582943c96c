using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The names members use for topics, from <see cref="KnowledgeNames"/> (indicators' names and synonyms, priority and
/// programme titles, their parts and nicknames, glossary terms), as the recogniser's vocabulary; plus the words for
/// topics the assessment has no figures for (<see cref="IKnowledgeStore.UncoveredTopics"/>, seed data), unless Knowledge
/// names a topic by them.
/// A priority's or programme's name that is also an indicator's is left to the indicator. With the passage search, it also
/// gives the words the assessment uses, so that a word it never uses can be told apart.
/// </summary>
public sealed class KnowledgeVocabulary(IKnowledgeStore store, IPassageSearch? passages = null) : IVocabularySource
{
    /// <inheritdoc />
    public IEnumerable<string> AssessmentWords() =>
        passages is null
            ? []
            : passages.Passages().SelectMany(p => TextNormalizer.Tokens((p.Title ?? string.Empty) + " " + p.Text));

    /// <inheritdoc />
    public long Version => store.Version;

    /// <inheritdoc />
    public IEnumerable<UncoveredPlace> UncoveredPlaces() => store.UncoveredPlaces();

    /// <inheritdoc />
    public IEnumerable<VocabularyTerm> Terms()
    {
        var indicatorNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var termNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var named in KnowledgeNames.Of(store))
        {
            var kind = named.Kind switch
            {
                NamedTopicKind.Indicator => TopicKind.Indicator,
                NamedTopicKind.GlossaryTerm => TopicKind.Glossary,
                _ => TopicKind.Priority,
            };
            var (onlyFor, alsoFor) = kind == TopicKind.Indicator ? PartOfTheCity(named.Id) : (null, null);
            var topic = new TopicRef(kind, named.Id, named.DisplayName)
            {
                OnlyFor = onlyFor,
                AlsoFor = alsoFor,
                Context = kind == TopicKind.Indicator && string.Equals(store.FindIndicator(named.Id)?.Category, ContextCategory, StringComparison.OrdinalIgnoreCase),
                PartOf = kind == TopicKind.Indicator ? WholeOf(named.Id) : null,
            };
            foreach (var name in named.Names)
            {
                if (kind == TopicKind.Priority && (indicatorNames.Contains(name) || termNames.Contains(name)))
                {
                    continue;
                }

                if (kind == TopicKind.Indicator)
                {
                    indicatorNames.Add(name);
                }
                else if (kind == TopicKind.Glossary)
                {
                    termNames.Add(name);
                }

                yield return new VocabularyTerm(name, topic);
            }
        }

        foreach (var uncovered in store.UncoveredTopics())
        {
            var topic = new TopicRef(TopicKind.Uncovered, uncovered.Id, uncovered.Name);
            // A phrase that is also a glossary term's name ("KSI") names both: the term when its meaning is asked, the topic
            // with no figures when its figures are ("KSI collisions in 2017" is not a question about all collisions).
            foreach (var phrase in uncovered.Phrases.Where(p => !indicatorNames.Contains(p)))
            {
                yield return new VocabularyTerm(phrase, topic);
            }
        }
    }

    /// <summary>The category of the indicators that describe the city rather than crime (its population).</summary>
    private const string ContextCategory = "Context";

    /// <summary>
    /// The indicator <paramref name="indicatorId"/> is a share of, when its figures are proportions in a table (a section of the
    /// assessment, for one area) that also holds one other indicator's counts with no proportions (the whole); else null.
    /// </summary>
    private string? WholeOf(string indicatorId)
    {
        var own = store.Figures(indicatorId);
        if (own.FirstOrDefault(o => o.Measure == Measure.Proportion) is not { } share)
        {
            return null;
        }

        var wholes = store.Indicators()
            .Where(i => !string.Equals(i.Id, indicatorId, StringComparison.Ordinal))
            .Select(i => (i.Id, Cells: store.Figures(i.Id).Where(o => o.Area == share.Area && o.Provenance.Section == share.Provenance.Section).ToList()))
            .Where(w => w.Cells.Count > 0 && w.Cells.All(o => o.Measure != Measure.Proportion))
            .Select(w => w.Id)
            .ToList();
        return wholes is [var whole] ? whole : null;
    }

    /// <summary>
    /// The part of the city <paramref name="indicatorId"/> has figures for besides the whole city ("the extended city centre"):
    /// as <c>AlsoFor</c> when it has the city's figures too, as <c>OnlyFor</c> when every local figure is of that part; nulls otherwise.
    /// </summary>
    private (string? OnlyFor, string? AlsoFor) PartOfTheCity(string indicatorId)
    {
        var areas = store.Figures(indicatorId).Select(o => o.Area).ToHashSet();
        const string Centre = "the extended city centre";
        return !areas.Contains(Area.ExtendedCityCentre) ? (null, null)
            : areas.Contains(Area.CambridgeCity) ? (null, Centre)
            : (Centre, null);
    }
}
