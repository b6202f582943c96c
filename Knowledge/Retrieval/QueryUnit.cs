namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// One thing a question asks about: a word (with the concepts it names), or a phrase that names a
/// concept ("anti-social behaviour"). A text matches it when it has one of the concepts, or every word.
/// </summary>
/// <param name="Words">The stemmed words.</param>
/// <param name="Concepts">The concept tokens the words name (may be empty).</param>
internal sealed record QueryUnit(IReadOnlyList<string> Words, IReadOnlyList<string> Concepts)
{
    /// <summary>Whether the unit names a topic of the knowledge (an indicator, programme, priority or glossary term).</summary>
    internal bool NamesTopic => Concepts.Any(c => !c.StartsWith(PassageAnalysis.LexiconConceptPrefix, StringComparison.Ordinal));

    /// <summary>Whether the unit is a bare number and nothing else ("23").</summary>
    internal bool IsNumber => Concepts.Count == 0 && Words.Count > 0 && Words.All(w => w.All(char.IsAsciiDigit));

    /// <summary>Whether the unit is a year and nothing else ("2018"): a date, not a bare number.</summary>
    internal bool IsYear => IsNumber && Words is [{ Length: 4 } year] && year[0] is '1' or '2' && year[1] is '9' or '0';

    /// <summary>Whether a text with the terms <paramref name="terms"/> matches the unit.</summary>
    internal bool IsMatchedBy(IReadOnlySet<string> terms)
    {
        foreach (var concept in Concepts)
        {
            if (terms.Contains(concept))
            {
                return true;
            }
        }

        foreach (var word in Words)
        {
            if (!terms.Contains(word))
            {
                return false;
            }
        }

        return Words.Count > 0;
    }

    /// <summary>The units of an analysed question, in order.</summary>
    internal static IReadOnlyList<QueryUnit> From(IReadOnlyList<AnalyzedToken> tokens)
    {
        var words = new SortedDictionary<int, string>();
        var concepts = new SortedDictionary<int, List<AnalyzedToken>>();
        foreach (var token in tokens)
        {
            if (token.IsConcept)
            {
                if (!concepts.TryGetValue(token.Position, out var list))
                {
                    concepts[token.Position] = list = [];
                }

                list.Add(token);
            }
            else
            {
                words.TryAdd(token.Position, token.Term);
            }
        }

        // A concept named by a phrase spans as many words as the phrase has (stop words between them leave position gaps).
        var wordList = words.ToList();
        var units = new List<QueryUnit>();
        var index = 0;
        while (index < wordList.Count)
        {
            var position = wordList[index].Key;
            var here = concepts.GetValueOrDefault(position) ?? [];
            var span = here.Count == 0 ? 1 : Math.Min(here.Max(c => c.Length), wordList.Count - index);
            var spanned = wordList.Skip(index).Take(span).Select(w => w.Value).ToList();
            units.Add(new QueryUnit(spanned, [.. here.Select(c => c.Term).Distinct(StringComparer.Ordinal)]));
            index += span;
        }

        return units;
    }
}
