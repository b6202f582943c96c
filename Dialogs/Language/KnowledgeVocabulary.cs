using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The names members use for topics, from <see cref="KnowledgeNames"/> (indicators' names and synonyms, priority and
/// programme titles, their parts and nicknames, glossary terms), as the recogniser's vocabulary; plus the words for
/// topics the assessment has no figures for (<see cref="UncoveredTopics"/>), unless Knowledge names a topic by them.
/// A priority's or programme's name that is also an indicator's is left to the indicator.
/// </summary>
public sealed class KnowledgeVocabulary(IKnowledgeStore store) : IVocabularySource
{
    /// <inheritdoc />
    public long Version => store.Version;

    /// <inheritdoc />
    public IEnumerable<VocabularyTerm> Terms()
    {
        var indicatorNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var named in KnowledgeNames.Of(store))
        {
            var kind = named.Kind switch
            {
                NamedTopicKind.Indicator => TopicKind.Indicator,
                NamedTopicKind.GlossaryTerm => TopicKind.Glossary,
                _ => TopicKind.Priority,
            };
            var topic = new TopicRef(kind, named.Id, named.DisplayName);
            foreach (var name in named.Names)
            {
                if (kind == TopicKind.Priority && indicatorNames.Contains(name))
                {
                    continue;
                }

                if (kind != TopicKind.Priority)
                {
                    indicatorNames.Add(name);
                }

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
}
