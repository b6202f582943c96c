using System.Collections.Frozen;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Every name of every topic, indexed for matching against a question's words: whole phrases,
/// word by word, tolerating plurals and small misspellings.
/// </summary>
public sealed class Vocabulary
{
    private readonly IReadOnlyList<Entry> _entries;

    /// <summary>Builds the vocabulary from <paramref name="terms"/>.</summary>
    public Vocabulary(IEnumerable<VocabularyTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _entries = terms
            .Select(term => (Words: TextNormalizer.Tokens(term.Phrase).Select(Stem.Of).ToArray(), term))
            .Where(x => x.Words.Length > 0)
            .GroupBy(x => string.Join(' ', x.Words), StringComparer.Ordinal)
            .Select(group => new Entry(
                group.First().Words,
                group.First().term.Phrase,
                group.Select(x => x.term.Topic).Distinct().ToArray()))
            .ToArray();
        Topics = _entries.SelectMany(e => e.Topics).Distinct().ToFrozenSet();
    }

    /// <summary>Every topic named.</summary>
    public IReadOnlySet<TopicRef> Topics { get; }

    /// <summary>
    /// The best non-overlapping matches in <paramref name="words"/> among topics of
    /// <paramref name="kinds"/>, best first.
    /// </summary>
    public IReadOnlyList<TopicMatch> Match(IReadOnlyList<string> words, params TopicKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(words);
        var stems = words.Select(Stem.Of).ToArray();
        var candidates = new List<TopicMatch>();
        foreach (var entry in _entries)
        {
            var topics = kinds.Length == 0 ? entry.Topics : entry.Topics.Where(t => kinds.Contains(t.Kind)).ToArray();
            if (topics.Count == 0)
            {
                continue;
            }

            for (var start = 0; start + entry.Words.Length <= stems.Length; start++)
            {
                if (TryMatchAt(stems, start, entry.Words, out var score) && !IsUnitOfARate(stems, start))
                {
                    candidates.Add(new TopicMatch(start, entry.Words.Length, entry.Phrase, topics, score));
                }
            }
        }

        var chosen = new List<TopicMatch>();
        var taken = new bool[stems.Length];
        foreach (var candidate in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Start))
        {
            if (Enumerable.Range(candidate.Start, candidate.Length).Any(i => taken[i]))
            {
                continue;
            }

            chosen.Add(candidate);
            for (var i = candidate.Start; i < candidate.Start + candidate.Length; i++)
            {
                taken[i] = true;
            }
        }

        return chosen;
    }

    /// <summary>"per 1000 population", "per 100 dwellings": the words after "per" are a unit, not a topic.</summary>
    private static bool IsUnitOfARate(string[] stems, int start) =>
        start > 0 && (stems[start - 1] == "per" || (char.IsDigit(stems[start - 1][0]) && start > 1 && stems[start - 2] == "per"));

    private static bool TryMatchAt(string[] stems, int start, string[] phrase, out int score)
    {
        score = 0;
        for (var i = 0; i < phrase.Length; i++)
        {
            var typed = stems[start + i];
            if (typed == phrase[i])
            {
                score += phrase[i].Length * 2;
            }
            else if (Fuzzy.IsSlipOf(typed, phrase[i]))
            {
                score += (phrase[i].Length * 2) - 3;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Entry(string[] Words, string Phrase, IReadOnlyList<TopicRef> Topics);
}
