using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace SafetyBot.Dialogs.Engine;

/// <summary>
/// Finds the choice an answer means, in order: an exact value, title or synonym; a title all of
/// whose words appear; a position ("2", "second", "the second one", "the last one"); then the
/// title sharing most words, tolerating a typo.
/// </summary>
internal static class ChoiceRecognizer
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "one", "number", "no", "option", "choice", "item", "please", "pick", "choose", "select", "i", "i'll", "i'd",
        "take", "want", "like", "go", "with", "for", "that", "it", "is", "its", "it's", "a", "an", "thanks",
    };

    public static FoundChoice? Recognize(string input, IList<Choice> choices, string culture)
    {
        var utterance = Utterance.Normalize(input);
        if (utterance.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        return Exact(utterance, choices)
            ?? ByWords(utterance, choices, wholeTitleOnly: true)
            ?? ByPosition(input, utterance, choices, culture)
            ?? ByWords(utterance, choices, wholeTitleOnly: false);
    }

    private static IEnumerable<(int Index, string Synonym)> Synonyms(IList<Choice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            yield return (i, choice.Value);
            if (!string.IsNullOrWhiteSpace(choice.Title))
            {
                yield return (i, choice.Title);
            }

            foreach (var synonym in choice.Synonyms ?? [])
            {
                yield return (i, synonym);
            }
        }
    }

    private static FoundChoice? Exact(string utterance, IList<Choice> choices)
    {
        foreach (var (index, synonym) in Synonyms(choices))
        {
            if (Utterance.Normalize(synonym) == utterance)
            {
                return Found(choices, index, 1.0, synonym);
            }
        }

        return null;
    }

    private static FoundChoice? ByPosition(string input, string utterance, IList<Choice> choices, string culture)
    {
        foreach (var result in NumberRecognizer.RecognizeOrdinal(input, culture))
        {
            if (!OnlyFillerBesides(utterance, result.Text))
            {
                continue;
            }

            var offset = ToInt(result.Resolution.GetValueOrDefault("offset"));
            var relativeTo = result.Resolution.GetValueOrDefault("relativeTo") as string;
            int? index = relativeTo switch
            {
                "start" when offset is > 0 => offset - 1,
                "end" when offset is <= 0 => choices.Count - 1 + offset,
                _ => null,
            };

            if (index is { } i && i >= 0 && i < choices.Count)
            {
                return Found(choices, i, 1.0, result.Text);
            }
        }

        foreach (var result in NumberRecognizer.RecognizeNumber(input, culture))
        {
            if (result.Resolution.GetValueOrDefault("subtype") as string == "integer"
                && int.TryParse(result.Resolution.GetValueOrDefault("value") as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var position)
                && position >= 1 && position <= choices.Count
                && OnlyFillerBesides(utterance, result.Text))
            {
                return Found(choices, position - 1, 1.0, result.Text);
            }
        }

        return null;
    }

    private static FoundChoice? ByWords(string utterance, IList<Choice> choices, bool wholeTitleOnly)
    {
        var said = Utterance.Tokens(utterance);
        (int Index, double Score, int Length, string Synonym)? best = null;
        var tie = false;
        foreach (var (index, synonym) in Synonyms(choices))
        {
            var words = Utterance.Tokens(Utterance.Normalize(synonym));
            if (words.Length == 0)
            {
                continue;
            }

            var matched = words.Count(word => said.Any(token => Similar(token, word)));
            var score = (double)matched / words.Length;
            if (matched == 0 || (wholeTitleOnly ? score < 1.0 : score < 0.5))
            {
                continue;
            }

            if (best is null || score > best.Value.Score || (score == best.Value.Score && words.Length > best.Value.Length))
            {
                tie = false;
                best = (index, score, words.Length, synonym);
            }
            else if (score == best.Value.Score && words.Length == best.Value.Length && index != best.Value.Index)
            {
                tie = true;
            }
        }

        return best is { } b && !tie ? Found(choices, b.Index, wholeTitleOnly ? 0.9 : b.Score * 0.8, b.Synonym) : null;
    }

    private static bool OnlyFillerBesides(string utterance, string matchedText)
    {
        var matched = Utterance.Tokens(Utterance.Normalize(matchedText));
        return Utterance.Tokens(utterance).All(token => matched.Contains(token) || Filler.Contains(token));
    }

    private static bool Similar(string said, string word)
    {
        if (said == word)
        {
            return true;
        }

        var allowed = word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
        return allowed > 0 && Math.Abs(said.Length - word.Length) <= allowed && Distance(said, word) <= allowed;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static int ToInt(object? value) =>
        value switch
        {
            int i => i,
            long l => (int)l,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => int.MinValue,
        };

    private static FoundChoice Found(IList<Choice> choices, int index, double score, string synonym) =>
        new() { Value = choices[index].Value, Index = index, Score = score, Synonym = synonym };
}
