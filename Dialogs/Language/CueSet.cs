namespace SafetyBot.Dialogs.Language;

/// <summary>Phrases that signal an intent ("compare", "similar areas", "per 1,000"), matched word by word.</summary>
public sealed class CueSet
{
    private readonly string[][] _phrases;

    /// <summary>True when the phrases are matched word for word as written: no stems, no slips (<see cref="Verbatim"/>).</summary>
    private readonly bool _verbatim;

    /// <summary>Creates the set from its phrases.</summary>
    public CueSet(params string[] phrases)
        : this(phrases, verbatim: false)
    {
    }

    private CueSet(string[] phrases, bool verbatim)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _verbatim = verbatim;
        _phrases = phrases.Select(p => TextNormalizer.Tokens(p).Select(w => verbatim ? w : Stem.Of(w)).ToArray()).Where(p => p.Length > 0).ToArray();
    }

    /// <summary>Every word of the phrases, stemmed (as written in a <see cref="Verbatim"/> set).</summary>
    public IEnumerable<string> Words => _phrases.SelectMany(p => p);

    /// <summary>
    /// A set whose phrases are matched against a message's words (<see cref="TextNormalizer.Tokens"/>) word for word: not
    /// stemmed, and with no slip taken for a word ("thanks" is not "thank", "appreciated" not "appreciate").
    /// </summary>
    public static CueSet Verbatim(params string[] phrases) => new(phrases, verbatim: true);

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

    /// <summary>
    /// How many words the longest phrase of the set that starts at word <paramref name="start"/> of <paramref name="stems"/>
    /// has (4 for "that's all" and "that's all i need" at 0 of "that's all i need thanks"), or 0 when none starts there.
    /// </summary>
    public int LongestAt(IReadOnlyList<string> stems, int start)
    {
        ArgumentNullException.ThrowIfNull(stems);
        var longest = 0;
        foreach (var phrase in _phrases)
        {
            if (phrase.Length > longest && StartsAt(stems, start, phrase))
            {
                longest = phrase.Length;
            }
        }

        return longest;
    }

    private int IndexOf(IReadOnlyList<string> stems, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= stems.Count; start++)
        {
            if (StartsAt(stems, start, phrase))
            {
                return start;
            }
        }

        return -1;
    }

    private bool StartsAt(IReadOnlyList<string> stems, int start, string[] phrase)
    {
        if (start < 0 || start + phrase.Length > stems.Count)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            var word = phrase[i];
            if (stems[start + i] != word && (_verbatim || word.Length < 7 || !Fuzzy.IsSlipOf(stems[start + i], word)))
            {
                return false;
            }
        }

        return true;
    }
}
