using System.Collections.Frozen;
namespace SafetyBot.Dialogs.Language;

/// <summary>
/// What the recogniser knows about one typed question, for the rules of <see cref="IntentRules"/>
/// to test: its words and their stems, the period it names, whether it reads as a follow-up, and
/// the topics of the vocabulary it names (each looked up once, when first needed).
/// </summary>
public sealed class QuestionFacts
{
    private readonly Vocabulary _vocabulary;
    private IReadOnlyList<TopicMatch>? _indicators;
    private IReadOnlyList<TopicMatch>? _programmes;
    private IReadOnlyList<TopicMatch>? _glossaryTerms;
    private IReadOnlyList<TopicMatch>? _all;
    private IReadOnlyList<string>? _rest;
    private string? _folded;
    private int? _foreignWords;

    /// <summary>Reads <paramref name="text"/>, already split into <paramref name="words"/> (at least one).</summary>
    public QuestionFacts(string text, IReadOnlyList<string> words, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(vocabulary);
        Text = text;
        Words = words;
        _vocabulary = vocabulary;
        Stems = words.Select(Stem.Of).ToArray();
        Period = PeriodExtractor.Extract(text);
        FollowUp = Cues.FollowUp.AnyIn(Stems.Take(3).ToArray());
    }

    /// <summary>The question as typed (mention removed).</summary>
    public string Text { get; }

    /// <summary>The question folded to lower case without accents (<see cref="TextNormalizer.Fold"/>).</summary>
    public string Folded => _folded ??= TextNormalizer.Fold(Text);

    /// <summary>The question's words.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>The stems of <see cref="Words"/>.</summary>
    public IReadOnlyList<string> Stems { get; }

    /// <summary>The period named.</summary>
    public PeriodSlots Period { get; }

    /// <summary>The question starts like a follow-up ("what about", "and").</summary>
    public bool FollowUp { get; }

    /// <summary>The indicators named, best first.</summary>
    public IReadOnlyList<TopicMatch> Indicators => _indicators ??= Widened(Parted(Narrowed(Counted(Telling(_vocabulary.Match(Words, TopicKind.Indicator))))));

    /// <summary>
    /// The one indicator the question names best, when one does: the best match's only topic, or the one of the best matches'
    /// tied topics that the rest of the question sets apart (<see cref="Vocabulary.Settle"/>: "CSEW" sets the survey's estimate of
    /// domestic abuse victims apart from the population, in "how many residents might be DA victims if the CSEW rates applied
    /// here"); null when none is named or the tie stands.
    /// </summary>
    public TopicRef? SettledIndicator
    {
        get
        {
            if (Indicators is not [var best, ..])
            {
                return null;
            }

            var tied = best.Topics.Concat(Indicators.Skip(1).Where(m => m.Score == best.Score).SelectMany(m => m.Topics)).Distinct().ToList();
            return tied.Count == 1 ? tied[0] : _vocabulary.Settle(tied, Indicators, Rest);
        }
    }

    /// <summary>The indicators one of whose names of two or more words the question holds in any order ("victims of domestic abuse").</summary>
    public IReadOnlyList<TopicRef> IndicatorsNamedInAnyOrder => _vocabulary.NamedInAnyOrder(Stems, TopicKind.Indicator);

    /// <summary>The indicators one of whose names holds the word whose stem is <paramref name="stem"/> ("shop": shoplifting's "thefts from shops").</summary>
    public IReadOnlyList<TopicRef> IndicatorsWhoseNamesUse(string stem) =>
        [.. _vocabulary.Topics.Where(t => t.Kind == TopicKind.Indicator && _vocabulary.NamesUse(t, stem))];

    /// <summary>Whether a name of <paramref name="topic"/> holds the word whose stem is <paramref name="stem"/> ("csew" of "CSEW domestic abuse").</summary>
    public bool TopicNamesUse(TopicRef topic, string stem) => _vocabulary.NamesUse(topic, stem);

    /// <summary>The priorities and programmes named, best first.</summary>
    public IReadOnlyList<TopicMatch> Programmes => _programmes ??= Telling(_vocabulary.Match(Words, TopicKind.Priority));

    /// <summary>The glossary terms named, best first.</summary>
    public IReadOnlyList<TopicMatch> GlossaryTerms => _glossaryTerms ??= _vocabulary.Match(Words, TopicKind.Glossary);

    /// <summary>
    /// The topic the assessment has no figures for that the question names, when it names no
    /// indicator in more words, once all kinds of topic compete for its words ("drug deaths" is not "drugs").
    /// </summary>
    public TopicRef? Uncovered => UncoveredMatch?.Topics.First(t => t.Kind == TopicKind.Uncovered);

    /// <summary>The words naming <see cref="Uncovered"/>, or null.</summary>
    public TopicMatch? UncoveredMatch
    {
        get
        {
            // An uncovered topic named beside an indicator ("people who died from drug misuse") is what is asked
            // about unless the indicator is named in more words than it.
            var all = _all ??= _vocabulary.Match(Words);
            var uncovered = all.Where(m => m.Topics.Any(t => t.Kind == TopicKind.Uncovered)).MaxBy(m => m.Length);
            var indicator = all.Where(m => m.Topics.Any(t => t.Kind == TopicKind.Indicator)).Select(m => m.Length).DefaultIfEmpty().Max();
            return uncovered is null || indicator > uncovered.Length ? null : uncovered;
        }
    }

    /// <summary>The basis of a rate named ("per 1,000 households", "per 100 dwellings", "per head"), or null.</summary>
    public SafetyBot.Knowledge.Measure? RateBasis =>
        Has(Cues.PerHousehold) ? SafetyBot.Knowledge.Measure.RatePer1000Households
        : Has(Cues.PerDwelling) ? SafetyBot.Knowledge.Measure.RatePer100Dwellings
        : Has(Cues.PerHead) ? SafetyBot.Knowledge.Measure.RatePer1000Population
        : null;

    /// <summary>The other area the question names (Fenland, the county...), or null.</summary>
    public OtherArea? Place => OtherArea.In(Folded);

    /// <summary>A place the assessment never names and gives no figures for (Oxford, a London borough), or null.</summary>
    public string? Elsewhere => _vocabulary.Elsewhere.In(Folded);

    /// <summary>True when the question names an indicator (one, or several equally).</summary>
    public bool NamesIndicator => Indicators.Count > 0;

    /// <summary>
    /// The stems other than those naming an indicator: "IDVA engagement rate" names a topic, and its
    /// "rate" is not a request for a rate.
    /// </summary>
    public IReadOnlyList<string> Rest => _rest ??= NamesIndicator ? WithoutWordsOf(Stems, Indicators) : Stems;

    /// <summary>
    /// The question's words the assessment never uses and no topic is named by ("parking", "permit"): the question is
    /// about something else.
    /// </summary>
    public int ForeignWords => _foreignWords ??= Stems.Count(_vocabulary.IsForeign);

    /// <summary>
    /// The runs of the question's words (as typed) that the assessment never uses, in order: "noise complaints" in "number of noise
    /// complaints", "fixed penalty notices" and "littering" in "fixed penalty notices for littering".
    /// </summary>
    public IReadOnlyList<string> Foreign
    {
        get
        {
            if (ForeignWords == 0)
            {
                return [];
            }

            var runs = new List<string>();
            var previous = -2;
            for (var i = 0; i < Words.Count; i++)
            {
                if (!_vocabulary.IsForeign(Stems[i]))
                {
                    continue;
                }

                if (i == previous + 1)
                {
                    runs[^1] += " " + Words[i];
                }
                else
                {
                    runs.Add(Words[i]);
                }

                previous = i;
            }

            return runs;
        }
    }

    /// <summary>
    /// The matches, unless every one is a single word and the question has at least as many words the assessment never
    /// uses, and two or more: "resident parking permit" is about parking, not the population; "residents" alone is not.
    /// </summary>
    private IReadOnlyList<TopicMatch> Telling(IReadOnlyList<TopicMatch> matches) =>
        matches.Count > 0 && matches.All(m => m.Length == 1) && ForeignWords >= Math.Max(2, matches.Count) ? [] : matches;

    /// <summary>
    /// A topic of the city's context (its population, <see cref="TopicRef.Context"/>) named beside another topic at least as
    /// well ("how many Cambridge residents might be DA victims"): the other topic is asked, so the context never ties with it.
    /// </summary>
    private static IReadOnlyList<TopicMatch> Counted(IReadOnlyList<TopicMatch> matches)
    {
        if (matches.Count < 2 || !matches.Any(m => m.Topics.All(t => t.Context)))
        {
            return matches;
        }

        var best = matches.Where(m => !m.Topics.All(t => t.Context)).Select(m => m.Score).DefaultIfEmpty(-1).Max();
        return [.. matches
            .Select(m => m.Topics.All(t => t.Context) && m.Score <= best ? m with { Score = m.Score - 1 } : m)
            .OrderByDescending(m => m.Score)];
    }

    /// <summary>
    /// The best match's words and the rest of the question, in any order, holding every word of another topic's longer name
    /// (<see cref="Vocabulary.WiderInAnyOrder"/>): "are women more likely to suffer domestic violence" asks the survey's estimate
    /// of victims ("domestic violence women"), not the count of offences "domestic violence" alone names. That topic is asked.
    /// </summary>
    private IReadOnlyList<TopicMatch> Widened(IReadOnlyList<TopicMatch> matches)
    {
        // A tie ("DA" names two topics) is the Settle's to break (<see cref="SettledIndicator"/>), with the other topics named.
        if (matches is not [{ Topics.Count: 1 } best, ..] || _vocabulary.WiderInAnyOrder(best, Stems, TopicKind.Indicator) is not { } wider)
        {
            return matches;
        }

        return [best with { Topics = [wider], Score = best.Score + 1 }, .. matches.Skip(1)];
    }

    /// <summary>
    /// A topic named as what part of another topic's count had ("ASB incidents that had any of the keywords", "ASB
    /// involving begging", "violence offences flagged as domestic abuse"): the part is what is asked about, so it comes
    /// first, ahead of (never tied with) the whole it narrows.
    /// </summary>
    private IReadOnlyList<TopicMatch> Narrowed(IReadOnlyList<TopicMatch> matches)
    {
        // "burglary compared with shoplifting" weighs two topics; it does not narrow one.
        if (matches.Count < 2)
        {
            return matches;
        }

        var part = matches.Where(m => matches.Any(whole => whole.Start + whole.Length <= m.Start) && FollowsANarrowingWord(m.Start))
            .OrderBy(m => m.Start)
            .FirstOrDefault();
        if (part is null)
        {
            return matches;
        }

        var best = matches.Max(m => m.Score);
        return [part with { Score = best + 1 }, .. matches.Where(m => !ReferenceEquals(m, part))];
    }

    /// <summary>
    /// A row of a table of shares named beside the whole it is a share of ("how many city centre ASB incidents were begging related",
    /// "extended city centre ASB incidents with any of the 5 keywords", "homeless-related ASB in the city centre"): the row is what is
    /// asked about (its answer is the table, the whole's count beside it), so it comes first, however many letters name the whole.
    /// </summary>
    private static IReadOnlyList<TopicMatch> Parted(IReadOnlyList<TopicMatch> matches)
    {
        if (matches.Count < 2)
        {
            return matches;
        }

        // "street life ASB" names the whole by the table's name, as "begging ASB" names it by a row's: a part right before its whole
        // modifies it, and the names' lengths decide as for any other topics.
        var wholes = matches.Where(m => m.Topics.Count == 1).ToList();
        var parts = matches.Where(m => m.Topics.All(t => t.PartOf is { } whole
            && wholes.Any(w => w.Topics[0].Id == whole && w.Start != m.Start + m.Length))).ToList();
        if (parts.Count == 0 || parts.Count == matches.Count)
        {
            return matches;
        }

        var lift = matches.Max(m => m.Score) - parts.Max(m => m.Score) + 1;
        return [.. matches.Select(m => parts.Contains(m) ? m with { Score = m.Score + lift } : m).OrderByDescending(m => m.Score)];
    }

    /// <summary>The rows of a table of shares whose whole is <paramref name="topicId"/> (<see cref="TopicRef.PartOf"/>): none for most topics.</summary>
    public IReadOnlyList<TopicRef> PartsOf(string topicId) =>
        [.. _vocabulary.Topics.Where(t => string.Equals(t.PartOf, topicId, StringComparison.Ordinal)).DistinctBy(t => t.Id)];

    /// <summary>Whether the word before <paramref name="start"/>, past "a", "any of the", "the five"..., narrows a count.</summary>
    private bool FollowsANarrowingWord(int start)
    {
        var i = start - 1;
        while (i >= 0 && NarrowingFiller.Contains(Stems[i]))
        {
            i--;
        }

        // "burglary compared with shoplifting" weighs two topics; it does not narrow one.
        return i >= 0 && NarrowingWords.Contains(Stems[i]) && !Cues.CompareLoosely.AnyIn(Stems) && !Cues.Compare.AnyIn(Stems);
    }

    /// <summary>Words that say a count's items had something: "had", "with", "included", "involving", "flagged", "used"...</summary>
    private static readonly FrozenSet<string> NarrowingWords = new[]
    {
        "had", "has", "have", "having", "with", "included", "including", "include", "includes", "involving", "involved",
        "mentioning", "mentioned", "flagged", "containing", "contained", "featuring", "used", "using", "citing", "cited",
        "referencing", "referenced", "tagged", "matching", "matched",
    }.Select(Stem.Of).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words between a narrowing word and the part it names: "a", "any of the", "the five", "as".</summary>
    private static readonly FrozenSet<string> NarrowingFiller = new[]
    {
        "a", "an", "any", "of", "the", "five", "all", "as", "one", "or", "more", "some",
    }.Select(Stem.Of).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when any of <paramref name="cues"/> occurs in the whole question.</summary>
    public bool Has(CueSet cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        return cues.AnyIn(Stems);
    }

    /// <summary>True when any of <paramref name="cues"/> occurs outside the words naming an indicator (<see cref="Rest"/>).</summary>
    public bool Asks(CueSet cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        return cues.AnyIn(Rest);
    }

    /// <summary>The stems not covered by <paramref name="matches"/>.</summary>
    public static string[] WithoutWordsOf(IReadOnlyList<string> stems, IReadOnlyList<TopicMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(stems);
        ArgumentNullException.ThrowIfNull(matches);
        var covered = new bool[stems.Count];
        foreach (var match in matches)
        {
            for (var i = match.Start; i < match.Start + match.Length; i++)
            {
                covered[i] = true;
            }
        }

        return stems.Where((_, i) => !covered[i]).ToArray();
    }
}
