using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// What an aspect prefers: sentences with its cue words (each cue with a strength) and passages of
/// some kinds. Simple, so that its effect can be measured: a cue multiplies a passage's score by
/// <see cref="CueBonus"/>, a kind by its weight.
/// </summary>
internal sealed partial class AspectProfile
{
    /// <summary>How much a sentence with the aspect's cue lifts its passage.</summary>
    internal const double CueBonus = 2.0;

    private static readonly FrozenDictionary<PassageKind, double> Plain = FrozenDictionary<PassageKind, double>.Empty;

    /// <summary>
    /// Words about the question rather than its subject: "the assessment" in "what does the assessment say about ...",
    /// "meaning" in "what is the meaning of ..." (a passage that says "means" does not define what was asked).
    /// </summary>
    private static readonly string[] AnyQuestion = ["document", "define"];

    /// <summary>
    /// What something is for ("what is the task and finish group set up to do", "what is the toolkit for"): about the question
    /// when it names its subject, but the subject itself when it is all that is asked ("what's the aim?" of the conversation's topic).
    /// </summary>
    private static readonly string[] Purpose = ["purpose"];

    /// <summary>
    /// A difficulty asked of a subject ("the biggest problem with county lines", "what's the issue with the treatment data", "the main
    /// headache"): about the question in every aspect when it names its subject (the sentence saying "major problem" is preferred),
    /// and the subject itself when it is all there is ("what's the biggest headache with it?" of the conversation's topic).
    /// </summary>
    private static readonly string[] Difficulty = ["obstacle"];

    private static readonly string ObstacleConcept = PassageAnalysis.Concept("obstacle");

    private static readonly string SuperlativeConcept = PassageAnalysis.Concept("superlative");

    private static readonly string ImportanceConcept = PassageAnalysis.Concept("importance");

    /// <summary>"the biggest worry about cyber crime", "the key concern": a superlative beside a worry says what is asked, as beside a difficulty.</summary>
    private static readonly string WorryConcept = PassageAnalysis.Concept("worry");

    private static readonly FrozenDictionary<PassageAspect, AspectProfile> Profiles = new Dictionary<PassageAspect, AspectProfile>
    {
        // "can you give an example of an issue that shifts from one part of the city to another": the example asked is the question's
        // form; the assessment gives it with "such as", a stop word, so "example" would only find its other passages' "for example".
        [PassageAspect.General] = new([], Weights((PassageKind.Source, 0.5), (PassageKind.KeyDate, 0.8), (PassageKind.Caveat, 0.7)), scaffold: [.. AnyQuestion, "example"], softScaffold: Purpose),
        [PassageAspect.Why] = new(
            [(Causal(), 1.0)],
            Weights((PassageKind.Trend, 1.2), (PassageKind.Context, 1.2), (PassageKind.EmergingTrend, 1.2), (PassageKind.Finding, 1.1),
                (PassageKind.Note, 0.5), (PassageKind.KeyDate, 0.5), (PassageKind.Source, 0.3), (PassageKind.Caveat, 0.7)),
            fallbackKinds: [PassageKind.Trend, PassageKind.Context, PassageKind.EmergingTrend],
            // "why is modern slavery included": a why-question asks no meaning, so "included" is its subject ("Included as force
            // priority due to high risk of harm"), not a word of asking what a term means.
            scaffold: ["document", "cause"],
            rewardsSecondCue: true,
            quotesSecondCue: true,
            leanings: [PassageAnalysis.Concept("up"), PassageAnalysis.Concept("down")]),
        [PassageAspect.WhoLeads] = new(
            [(LeadWords(), 1.0), (Agencies(), 0.5)],
            Weights((PassageKind.Intervention, 1.2), (PassageKind.Programme, 1.2), (PassageKind.Priority, 1.1), (PassageKind.Outcome, 1.1),
                (PassageKind.Opportunities, 1.1), (PassageKind.Source, 0.3), (PassageKind.Caveat, 0.7)),
            scaffold: [.. AnyQuestion, "lead"]),
        [PassageAspect.When] = new(
            [(FullDate(), 1.0), (MonthAndYear(), 0.7), (HowLong(), 0.7), (Year(), 0.3)],
            Weights((PassageKind.KeyDate, 1.3), (PassageKind.Intervention, 1.1), (PassageKind.Outcome, 1.1), (PassageKind.Source, 0.3)),
            scaffold: [.. AnyQuestion, "date", "held", "period"]),
        [PassageAspect.WhatIs] = new(
            [(Describing(), 1.0)],
            Weights((PassageKind.Programme, 2.0), (PassageKind.Priority, 1.3), (PassageKind.Intervention, 1.2), (PassageKind.Note, 1.1), (PassageKind.Source, 0.6), (PassageKind.Caveat, 0.7)),
            matchingKinds: [PassageKind.Programme, PassageKind.Priority],
            scaffold: [.. AnyQuestion, "programme"],
            softScaffold: Purpose),
        [PassageAspect.Definition] = new(
            [(Defining(), 1.0), (Keywords(), 0.25)],
            Weights((PassageKind.Note, 1.5), (PassageKind.Context, 1.1), (PassageKind.Source, 0.6)),
            matchingKinds: [PassageKind.Note],
            scaffold: AnyQuestion),
        [PassageAspect.Survey] = new(
            [(SurveyWords(), 1.0)],
            Weights((PassageKind.Context, 1.2), (PassageKind.Trend, 1.1), (PassageKind.Finding, 1.1), (PassageKind.Source, 0.6), (PassageKind.Caveat, 0.7)),
            scaffold: [.. AnyQuestion, "finding", "share"]),
        [PassageAspect.Recommend] = new(
            [(Recommending(), 1.0)],
            Weights((PassageKind.Recommendation, 1.4), (PassageKind.Opportunities, 1.3), (PassageKind.Priority, 1.2), (PassageKind.Programme, 1.2),
                (PassageKind.Context, 0.5), (PassageKind.Trend, 0.8), (PassageKind.Source, 0.3), (PassageKind.Caveat, 0.5), (PassageKind.Note, 0.7)),
            matchingKinds: [PassageKind.Recommendation, PassageKind.Opportunities, PassageKind.Priority, PassageKind.Programme],
            scaffold: [.. AnyQuestion, "recommend", "action"]),
        [PassageAspect.Author] = new(
            [(Authorship(), 1.0), (DocumentItself(), 0.5), (Attribution(), 0.5)],
            Weights((PassageKind.Context, 1.1), (PassageKind.KeyDate, 1.1), (PassageKind.Caveat, 0.5)),
            scaffold: [.. AnyQuestion, "cause"],
            requiresCue: true),
        [PassageAspect.Caveat] = new(
            [(Cautious(), 1.0)],
            Weights((PassageKind.Caveat, 1.5), (PassageKind.Note, 1.1), (PassageKind.Source, 0.3)),
            matchingKinds: [PassageKind.Caveat],
            scaffold: [.. AnyQuestion, "caveat"],
            quotesSecondCue: true),
    }.ToFrozenDictionary();

    private readonly (Regex Cue, double Strength)[] _cues;
    private readonly FrozenDictionary<PassageKind, double> _weights;
    private readonly PassageKind[] _matchingKinds;
    private readonly FrozenSet<string> _scaffold;
    private readonly FrozenSet<string> _softScaffold;

    private AspectProfile(
        (Regex, double)[] cues,
        FrozenDictionary<PassageKind, double> weights,
        PassageKind[]? fallbackKinds = null,
        PassageKind[]? matchingKinds = null,
        string[]? scaffold = null,
        string[]? softScaffold = null,
        string[]? leanings = null,
        bool rewardsSecondCue = false,
        bool requiresCue = false,
        bool quotesSecondCue = false)
    {
        QuotesSecondCue = quotesSecondCue;
        RequiresCue = requiresCue;
        RewardsSecondCue = rewardsSecondCue;
        _cues = cues;
        _weights = weights;
        FallbackKinds = fallbackKinds ?? [];
        _matchingKinds = matchingKinds ?? [];
        _scaffold = (scaffold ?? []).Select(PassageAnalysis.Concept).ToFrozenSet(StringComparer.Ordinal);
        _softScaffold = (softScaffold ?? []).Concat(Difficulty).Select(PassageAnalysis.Concept).ToFrozenSet(StringComparer.Ordinal);
        Leanings = leanings ?? [];
    }

    /// <summary>
    /// Concepts a sentence is slightly preferred for when the question names only a topic and the aspect
    /// (a "why?" with no reason in the text quotes the sentence saying what changed); for a why-question, the two ways a figure moves
    /// (up, down), so that a reason for the contrary move is not quoted for the one asked.
    /// </summary>
    internal IReadOnlyList<string> Leanings { get; }

    /// <summary>
    /// Whether <paramref name="unit"/> is about the question rather than its subject ("the assessment",
    /// "recommend" in a recommendation question, "lead" in a who-leads question): the aspect already says it.
    /// </summary>
    internal bool IsScaffold(QueryUnit unit) => unit.Concepts.Count > 0 && unit.Concepts.All(_scaffold.Contains);

    /// <summary>
    /// Whether <paramref name="unit"/> is about the question only when the question names something else ("set up to do" in "what
    /// is the task and finish group set up to do"); alone ("what's the aim?") it is what is asked.
    /// </summary>
    internal bool IsSoftScaffold(QueryUnit unit) => unit.Concepts.Count > 0 && unit.Concepts.All(_softScaffold.Contains);

    /// <summary>The units of a question that say what it is about: without the scaffold, and without the soft scaffold unless it is all there is.</summary>
    internal List<QueryUnit> Subject(IEnumerable<QueryUnit> units)
    {
        var kept = units.Where(u => !IsScaffold(u)).ToList();

        // "the biggest ongoing problem with county lines": a superlative beside a word of difficulty says what is asked, as that word does;
        // alone ("the biggest city in England") it is part of the subject.
        if (kept.Exists(u => u.Concepts.Contains(ObstacleConcept) || u.Concepts.Contains(WorryConcept)))
        {
            kept.RemoveAll(u => u.Concepts.Count > 0 && u.Concepts.All(c => c == SuperlativeConcept || c == ImportanceConcept));
        }

        return kept.Exists(u => !IsSoftScaffold(u)) ? kept.FindAll(u => !IsSoftScaffold(u)) : kept;
    }

    /// <summary>
    /// Kinds of passage that may answer a question of only a topic and this aspect even without the
    /// aspect's cue (a "why?" about a topic gets its trend, marked as giving no reason).
    /// </summary>
    internal IReadOnlyList<PassageKind> FallbackKinds { get; }

    /// <summary>
    /// Whether a passage with a second sentence carrying the aspect's cue is preferred (a "why" answered by two reasons
    /// before one that gives one reason beside the trend it explains).
    /// </summary>
    internal bool RewardsSecondCue { get; }

    /// <summary>
    /// Whether a second sentence giving the aspect's answer again (a second reason, a second caveat) is quoted beside the
    /// best one when nothing else completes it. Not for aspects whose cue is a common word ("should" for a recommendation).
    /// </summary>
    internal bool QuotesSecondCue { get; }

    /// <summary>
    /// Whether only a passage carrying the aspect's cue answers it: "who went through the data" is answered by the sentence
    /// naming who reviewed the assessment, never by a passage that only shares the word "data".
    /// </summary>
    internal bool RequiresCue { get; }

    /// <summary>Whether the aspect has cues at all (<see cref="PassageAspect.General"/> has none).</summary>
    internal bool HasCues => _cues.Length > 0;

    /// <summary>The profile of <paramref name="aspect"/>.</summary>
    internal static AspectProfile Of(PassageAspect aspect) => Profiles.GetValueOrDefault(aspect) ?? Profiles[PassageAspect.General];

    /// <summary>The strongest cue of the aspect in <paramref name="sentence"/> (0 when none).</summary>
    internal double CueStrength(string sentence)
    {
        var strongest = 0.0;
        foreach (var (cue, strength) in _cues)
        {
            if (strength > strongest && cue.IsMatch(sentence))
            {
                strongest = strength;
            }
        }

        return strongest;
    }

    /// <summary>How much the aspect prefers passages of <paramref name="kind"/> (1 when it does not mind).</summary>
    internal double Weight(PassageKind kind) => _weights.GetValueOrDefault(kind, 1.0);

    /// <summary>Whether a passage of <paramref name="kind"/> answers the aspect by what it is (a recommendation for "what do they recommend").</summary>
    internal bool AnswersByKind(PassageKind kind) => _matchingKinds.Contains(kind);

    private static FrozenDictionary<PassageKind, double> Weights(params (PassageKind Kind, double Weight)[] weights) =>
        weights.Length == 0 ? Plain : weights.ToFrozenDictionary(w => w.Kind, w => w.Weight);

    [GeneratedRegex(@"\b(due to|because|reflects?|reflecting|result(s|ed)? (of|from|in)|as a result|thought to|likely to be|likely due|drivers?|driven|drives?|explains?|explanation|accounts? for(?! \d)|accounted for(?! \d)|caused?|causes|reasons?|down to|in response to|attributed|since (its|the) introduction|improvements? (to|in) (crime )?recording|changes? (to|in) recording|recording (practices?|practises?|standards?|improvements?|changes?)|willingness|awareness raising|against a backdrop|backdrop of|therefore|hence)\b|^As (the|a|an|this|these|it|they|there|we)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Causal();

    [GeneratedRegex(@"\b(led by|leads? on|lead for|to lead|continues to lead|responsible for|responsibility|remit|owned by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadWords();

    [GeneratedRegex(@"\b(Constabulary|Council|Police and Crime Commissioner|PCC|DAAT|Drug and Alcohol Action Team|CPRSP|Road Safety Partnership|Public Health|Research Group|Home Office|Task (and|&) Finish Group|working group|multi-agency|agencies|ambassadors|LCSB|[Tt]rading [Ss]tandards|CAB|Citizens Advice)\b", RegexOptions.None)]
    private static partial Regex Agencies();

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.None)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b((January|February|March|April|May|June|July|August|September|October|November|December) (19|20)\d{2}|mid-(19|20)\d{2})\b", RegexOptions.None)]
    private static partial Regex MonthAndYear();

    [GeneratedRegex(@"\b(19|20)\d{2}\b", RegexOptions.None)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b((first|second|third|fourth|fifth|sixth) year|since (around |about |roughly )?(19|20)\d{2}|(seen|began|started|starting|beginning) (from |in )?(around |about |roughly )?(19|20)\d{2}|from (around|about|roughly) (19|20)\d{2}|for (more than |over |at least )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) years)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\b(focusing on|focuses on|aims?|the use of|the exploitation of|campaign|scheme|programme|project|toolkit|pathway|task and finish group)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Describing();

    [GeneratedRegex(@"\b(include[sd]?|including|means?|meaning|defined|definitions?|classified|refers? to|covers?|marker|in brackets|involving)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Defining();

    /// <summary>A sentence naming keywords may list them, or may only talk about a subset counted by them.</summary>
    [GeneratedRegex(@"\bkeywords?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Keywords();

    [GeneratedRegex(@"\b(CSEW|Crime Survey|surveys?|estimated?|estimates|respondents|Commercial Victimisation|CVS|sample|victims of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SurveyWords();

    [GeneratedRegex(@"\b(recommend\w*|should|could consider|consider|review|investigat\w*|commission|deepen|opportunit\w*|priorit\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recommending();

    [GeneratedRegex(@"\b(Research Group|has reviewed|reviewed by|written by|produced by|compiled by|prepared by|authored by|carried out by|conducted by|undertaken by|(?:has|have) completed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Authorship();

    [GeneratedRegex(@"\b(purpose of this document|version 1\.0)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentItself();

    [GeneratedRegex(@"\b(Source:|ONS|Office for National Statistics|published by|reported by|according to)", RegexOptions.None)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\b(caution|unknown|unable to|a problem with|rather than a genuine|not been explored|no explanation|cannot|can only|not possible|not be possible|subject to|under-?report\w*|(do|does|did) not report|unsighted|gaps?|blank|not reconcile|not stated|projected|does not|lacking|lack of|generali[sz]ed|wider area|irrespective)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cautious();
}
