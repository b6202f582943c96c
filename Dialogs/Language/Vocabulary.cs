using System.Collections.Frozen;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Every name of every topic, indexed for scored matching against a question's words. A whole
/// name (display name, synonym, abbreviation, programme title, glossary term) scores by its letters
/// matched; where no whole name covers a word, one distinctive word of a name is enough ("hate
/// incidents" names the hate crime topic): a word is distinctive when it names exactly one topic
/// and is not one of the <see cref="CommonWords"/> of the domain, and it scores less than any
/// whole name. Topics the assessment does not cover (<see cref="TopicKind.Uncovered"/>) are named
/// by whole phrases only. Plurals and slips of one or two letters are tolerated throughout.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Words that join a name's words rather than name anything: "with" in "crimes with a domestic abuse marker".</summary>
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "a", "an", "and", "or", "the", "of", "for", "from", "with", "in", "on", "to", "by", "at", "all", "any", "other",
        "into", "onto", "over", "under", "about", "than", "not", "non", "its", "their", "our", "this", "that", "who", "how",
    }.Select(Stem.Of).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Greetings, courtesies, days and numbers in words ("please", "cheers", "for Thursday's meeting", "per thousand"): words the assessment may never use
    /// that say nothing about what a question is about, so never a sign that it is about something else. (Words of under
    /// five letters are never taken for such a sign anyway.)
    /// </summary>
    private static readonly FrozenSet<string> Courtesies = new[]
    {
        "please", "thanks", "cheers", "morning", "afternoon", "evening", "question", "wondering", "grateful", "appreciate",
        "kindly", "sorry", "folks", "safetybot", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // "rate per thousand?": numbers in words are how a figure is asked, never a subject the assessment lacks.
        "thousand", "thousands", "hundred", "hundreds", "million", "millions",
        // "what was that rate four years earlier?", "the figure previously": words of how long before, never a subject the assessment lacks.
        "earlier", "previously", "beforehand",
        // "sorry if this is a basic question, I've just been elected - how many ...": how members introduce themselves and their
        // question, never a subject the assessment lacks.
        "basic", "elected", "newly", "apologies", "apologise", "apologize", "hello", "greetings", "councillor", "councillors",
    }.Select(Stem.Of).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Words that name many topics or none in particular: never enough alone to name a topic. "Stolen" is any theft's word
    /// ("how many phones were stolen"), even though only vehicle crime's names ("stolen vehicles") hold it.
    /// </summary>
    private static readonly FrozenSet<string> CommonWords = FunctionWords.Concat(new[]
    {
        "crime", "offence", "incident", "police", "recorded", "rate", "figure", "number", "city", "cambridge", "area", "against",
        "including", "service", "data", "group", "people", "person", "local", "new", "led", "team", "day", "report", "marker",
        "assessment", "partnership", "community", "safety", "profile", "plan", "strategy", "need", "adult", "victim", "young",
        "without", "broken", "night", "time", "day", "life", "line", "love", "choice", "white", "high", "risk", "work", "keep", "home", "house", "shop",
        "stolen", "steal", "stole", "nicked", "women", "men", "female", "females", "male", "males",
        // Words of time and of state that qualify a name ("non-recent sexual offences", "state of the roads"), never a topic alone:
        // "was there an increase in ASB in any recent year", "which stages of work does it cover".
        "recent", "recently", "state",
        // "what share of women...": a share asked, never a slip of "sharp" (instrument).
        "share", "shares",
        // "is health data good for identifying high risk DA cases": the verbs of priority 2's title ("Identifying and responding to
        // vulnerable locations") are any work's words, never that priority alone.
        "identify", "identifying", "identified", "identification", "respond", "responding", "response",
        // "what is causing this increase", "which action is suggested", "how has that rate moved": the words of asking why, what to do and
        // how a figure changed, never a topic alone (violence "causing injury", the Drug and Alcohol "Action Team", a slip of "moped").
        "cause", "causes", "caused", "causing", "action", "actions", "moved", "moving",
    }.Select(Stem.Of)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Everyday phrases whose words name no topic: "work that is not business as usual" is no business crime.
    /// </summary>
    private static readonly string[][] Idioms = [.. new[] { "business as usual", "business-as-usual", "as usual" }
        .Select(phrase => TextNormalizer.Tokens(phrase).Select(Stem.Of).ToArray())];

    /// <summary>
    /// The verbs of a passive or a tense ("homes were broken into", "cars have been stolen") that may stand between the words of
    /// a name without breaking it.
    /// </summary>
    private static readonly string[] Auxiliaries = ["is", "are", "was", "were", "be", "been", "being", "got", "get", "gets", "getting", "have", "has", "had"];

    private readonly IReadOnlyList<Entry> _entries;

    /// <summary>The stems of <see cref="Auxiliaries"/>.</summary>
    private readonly FrozenSet<string> _skippable;
    private readonly FrozenDictionary<string, TopicRef> _distinctive;

    /// <summary>The stems of every name of each topic.</summary>
    private readonly FrozenDictionary<TopicRef, FrozenSet<string>> _nameWords;

    /// <summary>
    /// The entries by the first letter of their first word, with their place in <see cref="_entries"/>: a typed word
    /// can only be a name's word or a slip of it when it starts with that letter (or swaps it with its second), so
    /// each word of a question is tried against a few dozen names, not all of them.
    /// </summary>
    private readonly FrozenDictionary<char, (int Index, Entry Entry)[]> _entriesByFirstLetter;

    /// <summary>The distinctive words of five letters or more (those a slip may name) by their first letter.</summary>
    private readonly FrozenDictionary<char, KeyValuePair<string, TopicRef>[]> _slipWordsByFirstLetter;

    /// <summary>The stems of every word of the names and of the assessment, when the assessment's words are known.</summary>
    private readonly FrozenSet<string>? _knownWords;

    /// <summary>The known words by their first letter, for telling a slip of one from a foreign word.</summary>
    private readonly FrozenDictionary<char, string[]> _knownWordsByFirstLetter = FrozenDictionary<char, string[]>.Empty;

    /// <summary>
    /// Builds the vocabulary from <paramref name="terms"/>; with <paramref name="assessmentWords"/> (the words of the
    /// assessment's passages), it can also tell a word the assessment never uses (<see cref="IsForeign"/>); with
    /// <paramref name="uncoveredPlaces"/>, the places it never names (<see cref="Elsewhere"/>).
    /// </summary>
    public Vocabulary(IEnumerable<VocabularyTerm> terms, IEnumerable<string>? assessmentWords = null, IEnumerable<UncoveredPlace>? uncoveredPlaces = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Elsewhere = new Elsewhere(uncoveredPlaces ?? []);
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
        _skippable = Auxiliaries.Select(Stem.Of).ToFrozenSet(StringComparer.Ordinal);
        _nameWords = _entries
            .SelectMany(e => e.Topics.Select(t => (Topic: t, e.Words)))
            .GroupBy(x => x.Topic)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(x => x.Words).ToFrozenSet(StringComparer.Ordinal));
        _distinctive = _entries
            .SelectMany(e => e.Words.Where(w => w.Length >= 3 && !char.IsDigit(w[0]) && !CommonWords.Contains(w))
                .SelectMany(w => e.Topics.Where(t => t.Kind != TopicKind.Uncovered).Select(t => (Word: w, Topic: t))))
            .Distinct()
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.Single().Topic, StringComparer.Ordinal);
        _entriesByFirstLetter = _entries
            .Select((entry, index) => (Index: index, Entry: entry))
            .GroupBy(x => x.Entry.Words[0][0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
        var known = (assessmentWords ?? []).Select(Stem.Of).ToHashSet(StringComparer.Ordinal);
        if (known.Count > 0)
        {
            _knownWords = known.Concat(_entries.SelectMany(e => e.Words)).ToFrozenSet(StringComparer.Ordinal);
            _knownWordsByFirstLetter = _knownWords.Where(w => w.Length >= 4).GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        }

        _slipWordsByFirstLetter = _distinctive
            .Where(d => d.Key.Length >= 5)
            .GroupBy(d => d.Key[0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The places the assessment never names and gives no figures for (Oxford, a London borough).</summary>
    public Elsewhere Elsewhere { get; }

    /// <summary>The words that alone name a topic (each names exactly one), with the topic.</summary>
    public IReadOnlyDictionary<string, TopicRef> DistinctiveWords => _distinctive;

    /// <summary>
    /// Whether <paramref name="stem"/> (a word of five letters or more) is one neither the assessment nor any topic's name
    /// uses, nor a slip of one: "parking" and "permit" in "resident parking permit". False when the assessment's words
    /// are not known, and for courtesies ("please", "cheers"), which say nothing about what a question is about.
    /// </summary>
    public bool IsForeign(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (_knownWords is null || stem.Length < 5 || char.IsDigit(stem[0]) || _knownWords.Contains(stem) || Courtesies.Contains(stem))
        {
            return false;
        }

        var first = _knownWordsByFirstLetter.GetValueOrDefault(stem[0]) ?? [];
        var second = stem[1] != stem[0] ? _knownWordsByFirstLetter.GetValueOrDefault(stem[1]) ?? [] : [];
        return !first.Concat(second).Any(known => Fuzzy.IsSlipOf(stem, known));
    }

    /// <summary>
    /// The one topic of <paramref name="tied"/> (topics the question's best name fits equally: "DA" names domestic abuse
    /// incidents and crimes with a domestic abuse marker) that the rest of the question settles, or null:
    /// <list type="bullet">
    /// <item>one of them is set apart by a word of its names that no other tied topic's names use, among
    /// <paramref name="otherStems"/> ("crimes" in "how many crimes had a DA flag");</item>
    /// <item>else one other topic the question also names (<paramref name="matches"/>) has in its own names all the words
    /// of a name the tied topics share: "harassment, DA and sexual abuse victims" names the VAWG rate, whose full name
    /// holds "domestic abuse", a name of both domestic abuse topics.</item>
    /// <item>else, of two topics tied by different words, the one whose own names also hold the other's words: "street life"
    /// (begging's name) and "any keyword" name the row called "street-life keywords".</item>
    /// </list>
    /// </summary>
    public TopicRef? Settle(IReadOnlyList<TopicRef> tied, IReadOnlyList<TopicMatch> matches, IEnumerable<string> otherStems)
    {
        ArgumentNullException.ThrowIfNull(tied);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(otherStems);
        var stems = otherStems.Where(s => s.Length >= 3 && !FunctionWords.Contains(s)).ToHashSet(StringComparer.Ordinal);
        var apart = tied
            .Where(topic => stems.Any(s => NamesUse(topic, s) && tied.All(other => other == topic || !NamesUse(other, s))))
            .ToList();
        if (apart is [var one])
        {
            return one;
        }

        var tiedNames = _entries.Where(e => e.Topics.Count == tied.Count && tied.All(e.Topics.Contains)).Select(e => e.Words).ToList();
        var enclosing = matches.Skip(1)
            .SelectMany(m => m.Topics)
            .Distinct()
            .Where(topic => !tied.Contains(topic) && tiedNames.Any(name => name.All(w => NamesUse(topic, w))))
            .ToList();
        if (enclosing is [var wider])
        {
            return wider;
        }

        // "what % of women were victims of domestic abuse": the tied name's words and the rest of the question, in any order, hold
        // every word of one other topic's longer name ("domestic abuse victims"), so it is that topic that is asked about.
        var widerInAnyOrder = tiedNames
            .SelectMany(name => NamedInAnyOrder([.. name, .. stems], tied[0].Kind)
                .Where(topic => !tied.Contains(topic) && name.All(w => NamesUse(topic, w))))
            .Distinct()
            .ToList();
        if (widerInAnyOrder is [var named])
        {
            return named;
        }

        // "street life ASB q3 any keyword": "street life" names the begging row and "any keyword" the keywords row, tied; the
        // keywords row's own names ("street-life keywords") hold the other match's words too, so it is the row both words name.
        var best = matches.Count > 0 ? matches[0].Score : 0;
        var tiedMatches = matches.Where(m => m.Score == best && m.Topics.Any(tied.Contains)).ToList();
        var covering = tied
            .Where(topic => tiedMatches.Count >= 2 && tiedMatches.Where(m => !m.Topics.Contains(topic))
                .All(m => m.Topics.Count == 1 && TextNormalizer.Tokens(m.Phrase).Select(Stem.Of).Where(w => !FunctionWords.Contains(w)).All(w => NamesUse(topic, w))))
            .Where(topic => tiedMatches.Any(m => !m.Topics.Contains(topic)))
            .ToList();
        return covering is [var both] ? both : null;
    }

    /// <summary>
    /// The topics of <paramref name="kind"/> one of whose names of two or more words has all its words among
    /// <paramref name="stems"/>, in any order ("victims of domestic abuse" holds every word of "domestic abuse victims").
    /// </summary>
    public IReadOnlyList<TopicRef> NamedInAnyOrder(IReadOnlyList<string> stems, TopicKind kind)
    {
        ArgumentNullException.ThrowIfNull(stems);
        var present = stems.ToHashSet(StringComparer.Ordinal);
        return [.. _entries
            .Where(e => e.Words.Count(w => !FunctionWords.Contains(w)) >= 2 && e.Words.Where(w => !FunctionWords.Contains(w)).All(present.Contains))
            .SelectMany(e => e.Topics)
            .Where(t => t.Kind == kind)
            .Distinct()];
    }

    /// <summary>
    /// The one topic of <paramref name="kind"/>, other than <paramref name="best"/>'s, one of whose longer names holds every word of
    /// the name <paramref name="best"/> matched and has all its words among <paramref name="stems"/> in any order: "what proportion
    /// of women experience domestic violence" names the offences by "domestic violence", but every word of the survey's
    /// "domestic violence women"; null when none or several do.
    /// </summary>
    public TopicRef? WiderInAnyOrder(TopicMatch best, IReadOnlyList<string> stems, TopicKind kind)
    {
        ArgumentNullException.ThrowIfNull(best);
        ArgumentNullException.ThrowIfNull(stems);
        var present = stems.ToHashSet(StringComparer.Ordinal);
        var named = TextNormalizer.Tokens(best.Phrase).Select(Stem.Of).Where(w => !FunctionWords.Contains(w)).ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0)
        {
            return null;
        }

        var wider = _entries
            .Where(e => e.Words.Count(w => !FunctionWords.Contains(w)) > named.Count && named.All(e.Words.Contains)
                && e.Words.Where(w => !FunctionWords.Contains(w)).All(present.Contains))
            .SelectMany(e => e.Topics)
            .Where(t => t.Kind == kind && !best.Topics.Contains(t))
            .Distinct()
            .ToList();
        return wider is [var one] ? one : null;
    }

    /// <summary>Whether a name of <paramref name="topic"/> holds the word whose stem is <paramref name="stem"/>.</summary>
    public bool NamesUse(TopicRef topic, string stem) => _nameWords.GetValueOrDefault(topic)?.Contains(stem) == true;

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
        var candidates = new List<(TopicMatch Match, int Entry)>();
        TryNames(stems, kinds, candidates);

        // A name whose words an auxiliary splits ("homes were broken into", "cars have been stolen") is matched over the words
        // without it, and then spans the auxiliary in the question as typed.
        var kept = Enumerable.Range(0, stems.Length).Where(i => !_skippable.Contains(stems[i])).ToArray();
        if (kept.Length < stems.Length)
        {
            var across = new List<(TopicMatch Match, int Entry)>();
            TryNames([.. kept.Select(i => stems[i])], kinds, across);
            foreach (var (match, entry) in across)
            {
                var span = kept[match.Start + match.Length - 1] - kept[match.Start] + 1;
                if (span > match.Length)
                {
                    candidates.Add((match with { Start = kept[match.Start], Length = span }, entry));
                }
            }
        }

        // The order the names are listed in breaks ties, as when every name was tried in turn.
        candidates.Sort(static (a, b) => a.Entry != b.Entry ? a.Entry.CompareTo(b.Entry) : a.Match.Start.CompareTo(b.Match.Start));
        var chosen = new List<TopicMatch>();
        var taken = InIdioms(stems);
        Choose(candidates.Select(c => c.Match), chosen, taken);
        Choose(DistinctiveMatches(stems, taken, kinds), chosen, taken);
        return chosen;
    }

    /// <summary>
    /// Adds the names matching anywhere in <paramref name="stems"/>: linear in the question's words, as each word is tried only
    /// against the names starting with its first letter (or its second, for a swapped pair), and a name's topics are filtered
    /// only once it matches.
    /// </summary>
    private void TryNames(string[] stems, TopicKind[] kinds, List<(TopicMatch Match, int Entry)> candidates)
    {
        for (var start = 0; start < stems.Length; start++)
        {
            var typed = stems[start];
            TryNamesAt(stems, start, typed[0], kinds, candidates);
            if (typed.Length > 1 && typed[1] != typed[0])
            {
                TryNamesAt(stems, start, typed[1], kinds, candidates);
            }
        }
    }

    /// <summary>Adds the names starting with <paramref name="letter"/> that match at <paramref name="start"/>.</summary>
    private void TryNamesAt(string[] stems, int start, char letter, TopicKind[] kinds, List<(TopicMatch Match, int Entry)> candidates)
    {
        if (!_entriesByFirstLetter.TryGetValue(letter, out var entries))
        {
            return;
        }

        foreach (var (index, entry) in entries)
        {
            if (start + entry.Words.Length > stems.Length || !TryMatchAt(stems, start, entry.Words, out var score)
                || IsUnitOfARate(stems, start, exact: score == entry.Words.Sum(w => w.Length * 2)))
            {
                continue;
            }

            var topics = kinds.Length == 0 ? entry.Topics : entry.Topics.Where(t => kinds.Contains(t.Kind)).ToArray();
            if (topics.Count > 0)
            {
                candidates.Add((new TopicMatch(start, entry.Words.Length, entry.Phrase, topics, score), index));
            }
        }
    }

    private static void Choose(IEnumerable<TopicMatch> candidates, List<TopicMatch> chosen, bool[] taken)
    {
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
    }

    /// <summary>
    /// One distinctive word of a name, where no whole name covers it: scores its letters once (a
    /// whole name scores twice its letters), less a penalty for a slip.
    /// </summary>
    private List<TopicMatch> DistinctiveMatches(string[] stems, bool[] taken, TopicKind[] kinds)
    {
        var matches = new List<TopicMatch>();
        for (var i = 0; i < stems.Length; i++)
        {
            var typed = stems[i];
            if (taken[i] || typed.Length < 3 || CommonWords.Contains(typed) || IsUnitOfARate(stems, i))
            {
                continue;
            }

            if (_distinctive.TryGetValue(typed, out var exact))
            {
                if (kinds.Length == 0 || kinds.Contains(exact.Kind))
                {
                    matches.Add(new TopicMatch(i, 1, typed, [exact], typed.Length));
                }

                continue;
            }

            if (typed.Length < 5)
            {
                continue;
            }

            var slips = SlipWordsFor(typed).Where(d => Fuzzy.IsSlipOf(typed, d.Key)).Take(2).ToList();
            if (slips is [var slip] && (kinds.Length == 0 || kinds.Contains(slip.Value.Kind)))
            {
                matches.Add(new TopicMatch(i, 1, slip.Key, [slip.Value], slip.Key.Length - 2));
            }
        }

        return matches;
    }

    /// <summary>The distinctive words <paramref name="typed"/> could be a slip of: those starting with its first letter, or its second (swapped).</summary>
    private IEnumerable<KeyValuePair<string, TopicRef>> SlipWordsFor(string typed)
    {
        var first = _slipWordsByFirstLetter.GetValueOrDefault(typed[0]) ?? [];
        var second = typed[1] != typed[0] ? _slipWordsByFirstLetter.GetValueOrDefault(typed[1]) ?? [] : [];
        return first.Concat(second);
    }

    /// <summary>The words of <paramref name="stems"/> that stand in one of the <see cref="Idioms"/>, which no name may take.</summary>
    private static bool[] InIdioms(string[] stems)
    {
        var taken = new bool[stems.Length];
        foreach (var idiom in Idioms)
        {
            for (var start = 0; start + idiom.Length <= stems.Length; start++)
            {
                if (idiom.Select((word, i) => stems[start + i] == word).All(same => same))
                {
                    Array.Fill(taken, true, start, idiom.Length);
                }
            }
        }

        return taken;
    }

    /// <summary>
    /// "per 1000 population", "per 100 dwellings", "per head": the words after "per" are a unit, not a topic; but after "per" and a
    /// number a topic's name typed <paramref name="exact"/>ly is the topic, not a unit ("the 15.6 per 1,000 VAWG figure" names the
    /// VAWG rate), while a slip of one never is ("the VAP rate per 1,000 moved" names no moped).
    /// </summary>
    private static bool IsUnitOfARate(string[] stems, int start, bool exact = false) =>
        start > 0 && (stems[start - 1] == "per"
            || (char.IsDigit(stems[start - 1][0]) && start > 1 && stems[start - 2] == "per" && (!exact || RateUnits.Contains(stems[start]))));

    /// <summary>The words of a rate's unit after "per" and a number ("per 1,000 population", "per 100 dwellings").</summary>
    private static readonly HashSet<string> RateUnits = new[]
    {
        "population", "pop", "people", "person", "persons", "resident", "residents", "dwelling", "dwellings", "household", "households",
        "head", "heads", "capita", "inhabitant", "inhabitants", "women", "woman", "men", "man", "adult", "adults", "child", "children",
        "thousand", "hundred", "homes", "home", "houses", "properties", "population's", "of",
    }.Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

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
            // A common word is typed as meant, never a slip of a name's word ("moved" is no "moped").
            else if (!CommonWords.Contains(typed) && Fuzzy.IsSlipOf(typed, phrase[i]))
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
