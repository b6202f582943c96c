namespace SafetyBot.Dialogs.Language;

/// <summary>Phrases that signal an intent ("compare", "similar areas", "per 1,000"), matched word by word.</summary>
public sealed class CueSet
{
    private readonly string[][] _phrases;

    /// <summary>Creates the set from its phrases.</summary>
    public CueSet(params string[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = phrases.Select(p => TextNormalizer.Tokens(p).Select(Stem.Of).ToArray()).Where(p => p.Length > 0).ToArray();
    }

    /// <summary>Every word of the phrases, stemmed.</summary>
    public IEnumerable<string> Words => _phrases.SelectMany(p => p);

    /// <summary>True when any phrase occurs in <paramref name="stems"/> (stemmed words, in order).</summary>
    public bool AnyIn(IReadOnlyList<string> stems) => _phrases.Any(phrase => IndexOf(stems, phrase) >= 0);

    /// <summary>
    /// Where the words after the earliest phrase of the set start in <paramref name="stems"/> ("car enthusiasts" after "issue
    /// with"), or -1 when none occurs.
    /// </summary>
    public int EndIn(IReadOnlyList<string> stems)
    {
        ArgumentNullException.ThrowIfNull(stems);
        var found = _phrases.Select(phrase => (Start: IndexOf(stems, phrase), phrase.Length)).Where(x => x.Start >= 0).ToList();
        return found.Count == 0 ? -1 : found.OrderBy(x => x.Start).ThenByDescending(x => x.Length).Select(x => x.Start + x.Length).First();
    }

    private static int IndexOf(IReadOnlyList<string> stems, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= stems.Count; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Length && all; i++)
            {
                var word = phrase[i];
                all = stems[start + i] == word || (word.Length >= 7 && Fuzzy.IsSlipOf(stems[start + i], word));
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }
}
