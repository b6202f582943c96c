using System.Text.RegularExpressions;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>The rows of <see cref="IntentRules.Ordered"/> for prose questions and lists (issue 13).</summary>
public static partial class IntentRules
{
    /// <summary>
    /// A prose question of <paramref name="aspect"/> when the question has one of <paramref name="cues"/>;
    /// with <paramref name="unlessFigures"/>, not when it also asks for a figure ("how many", "rate", "rank").
    /// </summary>
    private static IntentRule Prose(string name, PassageAspect aspect, CueSet cues, bool unlessFigures = false, Func<QuestionFacts, bool>? also = null) =>
        new("prose: " + name, TopicNeed.Ignored, q =>
            q.Has(cues) && (!unlessFigures || !AsksForFigures(q.Rest)) && (also?.Invoke(q) ?? true) ? Passage(q, aspect) : null);

    /// <summary>The passage question: the question's words, its aspect, and the topic it names (a programme, or one indicator).</summary>
    private static Understanding Passage(QuestionFacts q, PassageAspect aspect)
    {
        var topic = ProseTopic(q);
        var followUp = topic is null && ((RefersBack(q) && !NamesItsOwnSubjectToWho(q, aspect)) || (aspect == PassageAspect.Survey && AsksASurveyLocally(q)) || AsksWhyOfTheChange(q, aspect));
        var wholeQuestion = topic is null && !followUp && !q.FollowUp && !NamesAnyTopic(q) && !HasDomainWords(q);
        var whatWasDone = AsksWhatWasDone(q);
        var place = topic is null && !NamesAnyTopic(q) ? ItemPlaceOf(q) : null;
        return new Understanding(Intent.Passage)
        {
            Topic = topic,
            Candidates = topic is null && (whatWasDone || NamesOnlyAnAmbiguousIndicator(q)) && q.Indicators is [var best, ..]
                ? [.. best.Topics.Concat(q.Indicators.Skip(1).Where(m => m.Score == best.Score).SelectMany(m => m.Topics)).Select(t => t.Id).Distinct(StringComparer.Ordinal)]
                : [],
            Passage = new PassageQuery(
                OfTheTopic(WithoutPlace(aspect == PassageAspect.Why ? WhyText(q) : followUp ? WithoutPointing(q.Text) : q.Text, place), topic is not null || followUp || q.FollowUp),
                aspect,
                wholeQuestion && place is null,
                whatWasDone),
            FollowUp = followUp,
            ItemPlace = place,
            // "what does it say about overdoses": when the assessment's words hold nothing on it, the topic it has no figures for is said so.
            UncoveredTopic = q.Uncovered?.Id,
        };
    }

    /// <summary>
    /// "what was the reason for the fall", "what lies behind the increase": a why-question about the change just answered (<see cref="ProseCues.TheChange"/>),
    /// naming no topic, is of the conversation's topic however many words it takes.
    /// </summary>
    private static bool AsksWhyOfTheChange(QuestionFacts q, PassageAspect aspect) =>
        aspect == PassageAspect.Why && !NamesAnyTopic(q) && q.Has(ProseCues.TheChange);

    /// <summary>
    /// "what does the report recommend on it?", "why does the assessment think DA rose?": asked of a topic, "the report" names where
    /// the answer is, not what it is about, so it is not looked for among the topic's words. Unchanged when nothing else is left.
    /// </summary>
    private static string OfTheTopic(string text, bool ofATopic)
    {
        if (!ofATopic)
        {
            return text;
        }

        var without = DocumentAsSubject().Replace(text, " ");
        return TextNormalizer.Tokens(without).Count > 1 ? without : text;
    }

    [GeneratedRegex(@"\b(?:the|this|that|our)\s+(?:report|document|doc|review|paper|assessment|strategic\s+assessment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentAsSubject();

    /// <summary>
    /// What a why-question is looked for by: its words without a premise it concedes; a topic's figures judged low ("why is local
    /// cybercrime so low") with the words of under-reporting beside them, the reason the assessment most often gives for low counts.
    /// </summary>
    private static string WhyText(QuestionFacts q) =>
        q.Has(ProseCues.SoLow) ? WithoutConcession(q.Text) + " " + UnderReportingWords : WithoutConcession(q.Text);

    private const string UnderReportingWords = "underreporting under-reported unreported do not report";

    /// <summary>
    /// "why is modern slavery a concern here even with few crimes", "why worry about trafficking when there were only 3 crimes",
    /// "why is it a priority despite the low numbers": a why-question's premise (a concession that restates what the figures show)
    /// is not what is asked, so the assessment's reason is looked for without it. A question that is all premise keeps its words.
    /// </summary>
    private static string WithoutConcession(string text)
    {
        var match = Concession().Match(text);
        return match.Success && TextNormalizer.Tokens(text[..match.Index]).Count() >= 3 ? text[..match.Index].TrimEnd() : text;
    }

    [GeneratedRegex(@"\s(?:,\s*)?(?:even\s+(?:with|though|if|when|so|given)|despite|in\s+spite\s+of|although|though|given\s+(?:that|only|how|the\s+low|so)|when\s+(?:there\s+(?:are|were|was|is|have\s+been)\s+)?only|with\s+only|if\s+there\s+(?:are|were)\s+only)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Concession();

    /// <summary>
    /// "whats the other one it alternates with", "and the other ones?": in a follow-up, "the other one" points to something the
    /// last answer named; it is not a subject to look for ("other" would find another topic's "other sharp instrument").
    /// </summary>
    private static string WithoutPointing(string text)
    {
        var without = OtherOne().Replace(text, " ");
        return TextNormalizer.Tokens(without).Count > 0 ? without : text;
    }

    [GeneratedRegex(@"\b(?:(?:the|that|this)\s+)?other\s+(?:one|ones|thing|things)\b|\banother\s+one\b|\bthe\s+others?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherOne();

    /// <summary>A programme named at least as strongly as any indicator; else the one indicator named; else none.</summary>
    private static string? ProseTopic(QuestionFacts q)
    {
        if (q.Programmes is [var programme, ..] && (!q.NamesIndicator || programme.Score >= q.Indicators[0].Score))
        {
            return programme.Topics[0].Id;
        }

        return q.SettledIndicator?.Id;
    }

    /// <summary>
    /// "what does CSEW estimate for local victims?" after the domestic abuse figures: a survey's estimate brought home, naming no
    /// topic, is of the conversation's topic (the survey's estimate of the city's domestic abuse victims).
    /// </summary>
    private static bool AsksASurveyLocally(QuestionFacts q) =>
        !q.NamesIndicator && q.Programmes.Count == 0 && q.Has(ProseCues.Local);

    /// <summary>
    /// "why?", "who leads it?", "why is it a concern?", "bigger than after the referendum?": the question points back to the
    /// conversation's topic (a short question that opens with a comparison weighs the last answer against something).
    /// </summary>
    private static bool RefersBack(QuestionFacts q) =>
        !q.NamesIndicator && q.Programmes.Count == 0
        && (q.Stems.Count(s => !Fillers.Contains(s)) <= 4 || q.Has(ProseCues.Pointer) || q.FollowUp || (q.Stems.Count <= 7 && OpensWithAComparison(q)));

    /// <summary>
    /// "who funded Chelsea's Choice", "who runs the MARAC": a short who-question that names a glossary term names its own subject,
    /// and points back only with a pointing word or a follow-up's opening ("and who funds it?").
    /// </summary>
    private static bool NamesItsOwnSubjectToWho(QuestionFacts q, PassageAspect aspect) =>
        aspect == PassageAspect.WhoLeads && q.GlossaryTerms.Count > 0 && !q.Has(ProseCues.Pointer) && !q.FollowUp;

    /// <summary>
    /// Words a member talks with, not asks with ("ok, so who leads it then?", "right, and the aim?"): they make a short question
    /// that points back no longer.
    /// </summary>
    private static readonly HashSet<string> Fillers = ["right", "so", "ok", "okay", "well", "then", "alright", "great", "hmm", "now"];

    private static readonly HashSet<string> ComparativeOpenings =
        ["bigger", "larger", "greater", "higher", "worse", "better", "smaller", "lower", "more", "less", "fewer", "longer", "shorter", "steeper", "sharper"];

    /// <summary>"bigger than after the referendum?", "worse than in 2016?": a comparison with nothing before it to compare.</summary>
    private static bool OpensWithAComparison(QuestionFacts q) =>
        q.Words.Count >= 3 && ComparativeOpenings.Contains(q.Words[0]) && q.Words[1] is "than" or "then";

    /// <summary>A prose question that names a topic and asks about its caveats ("how reliable is the cybercrime data").</summary>
    /// <summary>
    /// "what's the biggest problem with county lines", "what are the difficulties with the exploitation of adults work", "main challenge for
    /// county lines?": a difficulty (<see cref="ProseCues.Obstacle"/>) asked of a topic or programme named or pointed back to, with no figure, reason or
    /// measure asked ("the problem with police figures" is a measure's shortcomings, above).
    /// </summary>
    private static bool AsksADifficultyOfATopic(QuestionFacts q) =>
        // "and the biggest obstacle?", "what's the main hurdle there?" after a programme: a difficulty of the topic just answered.
        q.Has(ProseCues.Obstacle) && (q.NamesIndicator || q.Programmes.Count > 0 || RefersBack(q)) && !AsksForFigures(q.Rest) && !q.Has(Cues.FigureAsked)
        && !q.Has(ProseCues.Why) && !q.Has(ProseCues.MeasureWords) && !q.Has(ProseCues.Measure);

    private static bool NamesAnyTopic(QuestionFacts q) => q.NamesIndicator || q.Programmes.Count > 0 || q.GlossaryTerms.Count > 0;

    /// <summary>
    /// "drug related deaths in the city - what does it say", "KSI: what does the assessment say?", "overdoses, what does the report
    /// say": a subject named first, then what the assessment says of it asked at the end. Its words are looked for (the
    /// assessment says drug deaths are low, with no figure), even when the subject is a topic it gives no figures for.
    /// </summary>
    private static Understanding? SubjectThenWhatItSays(QuestionFacts q)
    {
        var words = q.Words;
        var last = words.Count - 1;
        if (last < 3 || words[last] is not ("say" or "says" or "said") || q.Has(Cues.FigureAsked))
        {
            return null;
        }

        var what = last - 1;
        while (what > 0 && last - what <= 5 && words[what] is not ("what" or "what's" or "whats"))
        {
            what--;
        }

        return what > 0 && words[what] is "what" or "what's" or "whats" && words.Skip(what + 1).Take(last - what - 1).All(SaysWhoWords.Contains)
            ? Passage(q, PassageAspect.General)
            : null;
    }

    /// <summary>The words between "what" and "say" in "what does it say", "what does the assessment say", "what did the report say".</summary>
    private static readonly HashSet<string> SaysWhoWords =
        ["does", "do", "did", "it", "the", "this", "assessment", "document", "doc", "report", "review", "they", "we", "sa", "strategic"];

    /// <summary>
    /// "which districts are higher than us", "are other districts worse?", "how do we compare with the rest of the county": the
    /// other districts of the county weighed against the city, naming no topic, after a topic. The assessment does so only in words
    /// (the VAWG rate "less frequent than Peterborough and Fenland but more than East Cambridgeshire and South Cambridgeshire"), so
    /// the conversation's topic's words that name the districts are looked for; never the most similar group's ranks, which are
    /// other areas of England.
    /// </summary>
    private static Understanding? OtherDistrictsAgainstTheCity(QuestionFacts q) =>
        q.Has(ProseCues.OtherDistricts) && (q.Has(ProseCues.Weighed) || q.Has(Cues.Compare) || q.Has(Cues.CompareLoosely)) && !q.Has(ProseCues.SimilarGroup)
        && !q.NamesIndicator && q.Programmes.Count == 0 && q.Place is null or { Area: Knowledge.Area.Cambridgeshire } && q.Stems.Count <= 10
            ? Passage(q, PassageAspect.General) with
            {
                FollowUp = true,
                Passage = new PassageQuery(DistrictsSearched, PassageAspect.General, OtherDistricts: true),
            }
            : null;

    /// <summary>What a question weighing the other districts against the city is looked for by: their names, as the assessment writes them.</summary>
    private const string DistrictsSearched = "Cambridge City compared to the county average and other districts: Peterborough, Fenland, Huntingdonshire, East Cambridgeshire, South Cambridgeshire";

    /// <summary>
    /// The last resort before "can't answer": any other question is looked for in the assessment's words. A question that
    /// asks for a figure ("how many police officers", "the crime rate in London") but names no topic of the assessment and
    /// follows nothing is not: a passage would only share a common word with it.
    /// </summary>
    private static Understanding? AnyOtherQuestion(QuestionFacts q)
    {
        if (!((q.Stems.Count >= 2 || RefersBack(q)) && (NamesAnyTopic(q) || q.FollowUp || !AsksForFigures(q.Rest))))
        {
            return null;
        }

        return Passage(q, PassageAspect.General);
    }

    /// <summary>
    /// "how much did motor traffic rise nationally", "by how much did miles travelled go up": a figure of a subject that is no topic of
    /// the assessment and no crime, but that its words speak of ("motor traffic levels rose 1.4%"). Looked for as a whole question: only
    /// a passage that holds all of it answers, else "can't answer" as before; never a list of risers or another topic's figure.
    /// </summary>
    private static Understanding? FigureInTheAssessmentsWords(QuestionFacts q) =>
        AsksForFigures(q.Rest) && !q.NamesIndicator && q.Programmes.Count == 0
        // "nationally" names the ONS only by a word of its name: not a term asked about.
        && q.GlossaryTerms.All(t => q.Stems.Skip(t.Start).Take(t.Length).All(NationalWords.Contains)) && !q.FollowUp && !q.Has(ProseCues.Pointer) && q.Stems.Count >= 4
        && q.Uncovered is null && q.Elsewhere is null && q.Place is null && !q.Has(Cues.Domain) && !q.Has(Cues.DomainNouns)
        && HasASubjectBesideTheFigure(q) && Passage(q, PassageAspect.General) is { Passage: { } passage } understood
            ? understood with { Passage = passage with { WholeQuestion = true } }
            : null;

    /// <summary>The cues that ask for a figure or a period, whose words are not a subject ("how much", "rise", "nationally", "per 1000").</summary>
    private static readonly CueSet[] FigureAskingCues =
        [Cues.Volume, Cues.Rate, Cues.National, Cues.Change, Cues.Up, Cues.Down, Cues.Series, Cues.Compare, Cues.Quarters, Cues.Pronouns, Cues.FigureAsked];

    private static readonly HashSet<string> FigureAskingStems = [.. new[]
    {
        "what", "whats", "what's", "much", "many", "there", "were", "have", "been", "this", "that", "year", "years", "last", "figure",
        "figures", "number", "numbers", "total", "count", "percent", "percentage", "level", "levels", "from", "with", "since", "about",
        "then", "actual", "actually", "overall", "real", "really", "trend", "trends", "term", "longer", "long", "short", "exactly",
        "roughly", "approximately", "altogether", "whole", "entire", "again",
    }.Select(Stem.Of)];

    /// <summary>
    /// Whether a question asking a figure names something besides it (two words of four letters or more that ask no figure, period or
    /// direction): "motor traffic" in "how much did motor traffic rise nationally"; none in "what's the rate per 1000", and no more than a
    /// word in "so what was the actual total?" or "what's the longer term trend since 2013?", which ask again of the conversation's topic.
    /// </summary>
    private static bool HasASubjectBesideTheFigure(QuestionFacts q) =>
        q.Stems.Count(s => s.Length >= 4 && !char.IsDigit(s[0]) && !FigureAskingStems.Contains(s) && !Array.Exists(FigureAskingCues, c => c.AnyIn([s]))) >= 2;

    /// <summary>
    /// "CSEW high volume crime trend summary", "can I compare CSEW with police numbers directly?", "is the CSEW better for serious
    /// crimes": a national survey named with no topic of the assessment is asked about itself (what it found, how it differs from
    /// police recorded crime), answered from the assessment's words, not the national picture topic by topic. A count asked of it
    /// ("how many victims does the CSEW estimate") is a figure question, and "what does CSEW stand for" its glossary entry, below.
    /// </summary>
    private static bool AsksAboutTheSurveyItself(QuestionFacts q) =>
        !q.NamesIndicator && q.Programmes.Count == 0 && !q.Has(Cues.Caveats) && !q.Folded.Contains("how many", StringComparison.Ordinal)
        && !q.Folded.Contains("how much", StringComparison.Ordinal)
        && !DefinitionQuestion().IsMatch(q.Folded) && !(q.Has(Cues.Glossary) && q.Stems.Count <= 4);

    /// <summary>
    /// "is 14th good or bad", "is that high?", "should we be worried about that?": a judgement asked of the last answer,
    /// short and naming nothing, so the last answer's kind and topic are taken from the conversation (the ranking again, with
    /// the group average the assessment compares it with); with nothing asked before, there is nothing to judge.
    /// </summary>
    private static Understanding? JudgementOfTheLastAnswer(QuestionFacts q) =>
        q.Has(ProseCues.Judged) && !NamesAnyTopic(q) && !q.Has(Cues.DomainNouns) && q.Stems.Count <= 7
        && (q.Words[0] is "is" or "are" or "was" or "were" or "so" or "and" or "but" or "should" or "does" || q.Has(Cues.Pronouns))
            ? new Understanding(Intent.Change) { Assumed = true, FollowUp = true }
            : null;

    /// <summary>
    /// "are they big numbers?", "is that a lot?", "are those large?": the size of the last answer judged, short and naming nothing;
    /// answered as <see cref="JudgementOfTheLastAnswer"/> is (after a group's risers, the assessment's findings on that group).
    /// </summary>
    private static Understanding? SizeOfTheLastAnswer(QuestionFacts q) =>
        q.Has(ProseCues.SizeJudged) && !NamesAnyTopic(q) && q.Stems.Count <= 6 && q.Period.IsEmpty
        && (q.Words[0] is "is" or "are" or "was" or "were" or "so" or "and" or "but" or "does" or "do" || q.Has(Cues.Pronouns))
        && !q.Folded.Contains("how many", StringComparison.Ordinal) && !q.Folded.Contains("how much", StringComparison.Ordinal)
            ? new Understanding(Intent.Change) { Assumed = true, FollowUp = true }
            : null;

    /// <summary>
    /// "list the DA interventions this year", "what were the outcomes for domestic abuse", "which campaigns ran", "what the
    /// partnership's domestic abuse focus was this year": what was done, not a number and not what could be done next ("what interventions could the partnership make").
    /// </summary>
    private static bool AsksWhatWasDone(QuestionFacts q) =>
        (q.Has(ProseCues.Activities) || q.Has(ProseCues.Helping) || (q.Has(ProseCues.Focus) && q.NamesIndicator && q.Has(ProseCues.YearReviewed)))
        && !AsksForNumbers(q.Rest)
        && (!ProseCues.WhatCouldBeDone.AnyIn(WithoutCourtesy(q.Stems)) || q.Has(Cues.PastDeeds)) && !q.Has(ProseCues.Recommend);

    /// <summary>
    /// The question's words without a courteous opening of asking ("could you please tell me", "can you", "would you"): "could" there
    /// asks SafetyBot, not what could be done.
    /// </summary>
    private static List<string> WithoutCourtesy(IReadOnlyList<string> stems)
    {
        var kept = new List<string>(stems.Count);
        for (var i = 0; i < stems.Count; i++)
        {
            if (i + 1 < stems.Count && stems[i] is "could" or "can" or "would" && stems[i + 1] is "you" or "i" or "u")
            {
                i++;
                continue;
            }

            kept.Add(stems[i]);
        }

        return kept;
    }

    /// <summary>
    /// "where in the county does trafficking intelligence mostly point?", "what does the countywide structure for DA involve and
    /// should the CSP take part?", "who leads on this across the county?": the county named in a question that asks for no figure,
    /// but where within it, who, or what should be done, or that names a countywide structure. The assessment answers these in its
    /// words; a county figure ("Cambridgeshire's burglary rate", "burglary in the county") is still one it does not give. (Not the
    /// national cues: "the county" reads as a slip of "the country".)
    /// </summary>
    private static bool AsksOfTheCountyInWords(QuestionFacts q) =>
        q.Place is { Area: Knowledge.Area.Cambridgeshire } && !q.Has(Cues.FigureAsked) && !q.Asks(Cues.Rate) && !q.Asks(Cues.Volume)
        && !q.Asks(Cues.Compare) && !q.Asks(Cues.Series) && !q.Asks(Cues.Quarters)
        && (q.Has(ProseCues.WhereWithin) || q.Has(ProseCues.Recommend) || q.Has(ProseCues.WhoLeads) || q.Has(ProseCues.CountyStructure));

    private static readonly HashSet<string> AdviceWords = [.. ProseCues.AdviceAsking.Words];

    /// <summary>
    /// "what does the assessment recommend?", "what does the report suggest we do?": the recommendations on the conversation's topic.
    /// A question of only the words of asking for advice is searched as the topic and the aspect alone ("report" is not its subject).
    /// </summary>
    private static Understanding AdviceAsked(QuestionFacts q)
    {
        var understanding = Passage(q, PassageAspect.Recommend) with { FollowUp = true };
        return OnlyAsksForAdvice(q) && understanding.Passage is { } passage
            ? understanding with { Passage = passage with { Text = string.Empty } }
            : understanding;
    }

    /// <summary>
    /// "what does the report suggest we do?", "so what should we do then?": advice asked, with no subject of its own.
    /// "What does the report recommend for the partnership" names only whom the advice is for: it asks the recommendations too.
    /// </summary>
    private static bool OnlyAsksForAdvice(QuestionFacts q) =>
        q.Programmes.Count == 0 && !q.NamesIndicator
        && q.GlossaryTerms.All(t => q.Stems.Skip(t.Start).Take(t.Length).All(PartnershipWords.Contains))
        && q.Stems.All(s => AdviceWords.Contains(s) || PartnershipWords.Contains(s) || s is "for" or "to");

    private static readonly HashSet<string> SubjectAskingStems = [.. ProseCues.SubjectAskingWords.Words];

    /// <summary>
    /// "has anyone looked at the link between violence and the NTE", "is there a relationship between alcohol and violence", "the overlap
    /// between county lines and domestic abuse": how two subjects relate is in the assessment's words ("violence associated with the
    /// night-time economy has not been explored"), never a run of years, whatever its "between"; a figure or a year asked keeps the figures.
    /// </summary>
    private static bool AsksHowSubjectsRelate(QuestionFacts q) =>
        q.Has(ProseCues.Relation) && !q.Has(Cues.FigureAsked) && q.Period.IsEmpty && !AsksForNumbers(WithoutRelation(q.Rest));

    /// <summary>The stems of <paramref name="stems"/> without the words of a relation ("link between"), whose "between" asks for no years.</summary>
    private static IReadOnlyList<string> WithoutRelation(IReadOnlyList<string> stems) =>
        [.. stems.Where(s => s is not ("between" or "with"))];

    /// <summary>
    /// "does it say anything about violence and the night time economy?", "what was the issue with car enthusiasts", "what does
    /// it say about health data and DA": what the assessment says of a subject whose words (after the asking) go beyond the topic one of them names
    /// ("night time economy" beside violence, "enthusiasts" beside the car of vehicle crime, "health data" beside DA). Its figures
    /// would not answer it; the assessment's words on the subject do, looked for within the topics named and else anywhere in it.
    /// An indicator and a programme asked of together ("violence and the night time economy") are a subject where they meet.
    /// "what does it say about burglary" names nothing beyond its topic, and keeps the topic's answer.
    /// </summary>
    private static Understanding? SubjectBeyondATopic(QuestionFacts q)
    {
        if (!(q.Has(ProseCues.SubjectAsked) || WhatTheProblemIs(q)) || AsksForFigures(q.Rest) || q.Has(Cues.FigureAsked))
        {
            return null;
        }

        var after = Math.Max(0, ProseCues.SubjectAsked.EndIn(q.Stems));
        var topicWords = new HashSet<int>(q.Indicators.Concat(q.Programmes).SelectMany(m => Enumerable.Range(m.Start, m.Length)));
        bool IsSubject(string s, int i) => !topicWords.Contains(i) && s.Length >= 3 && !char.IsDigit(s[0]) && !SubjectAskingStems.Contains(s);
        var subject = q.Stems.Where((s, i) => i >= after && IsSubject(s, i)).ToList();
        if (subject.Count == 0)
        {
            // "car enthusiasts - what concerns have been raised?", "what are car enthusiasts doing that concerns the city?": the
            // subject named before the asking words is the subject as much as one named after them.
            subject = q.Stems.Where((s, i) => i < after && IsSubject(s, i)).ToList();
        }
        if (subject.Count == 0 && !(q.NamesIndicator && q.Programmes.Count > 0))
        {
            return null;
        }

        var named = q.Indicators.SelectMany(m => m.Topics).Concat(q.Programmes.SelectMany(m => m.Topics)).Select(t => t.Id)
            .Distinct(StringComparer.Ordinal).ToList();
        return new Understanding(Intent.Passage)
        {
            Candidates = named,
            Passage = new PassageQuery(q.Text, PassageAspect.General, WholeQuestion: false, WhatWasDone: false),
            UncoveredTopic = q.Uncovered?.Id,
        };
    }

    /// <summary>"what is the car enthusiasts problem", "what's the street drinking issue": a subject named before "problem" or "issue", last.</summary>
    private static bool WhatTheProblemIs(QuestionFacts q) =>
        q.Words is ["what" or "what's" or "whats", .., "problem" or "issue" or "problems" or "issues"] && q.Words.Count <= 8;

    /// <summary>
    /// "what does the asterisk mean in the VAP quarterly table?", "what are the figures in brackets?", "why are some numbers in
    /// brackets": a mark of a table, whose meaning is the table's note (figures in brackets are the year before's), not a figure.
    /// </summary>
    private static bool AsksWhatATableMarkMeans(QuestionFacts q) =>
        (q.Has(ProseCues.TableMarks) || q.Text.Contains('*', StringComparison.Ordinal))
        && (q.Has(ProseCues.MarkMeaning)
            // "what are the numbers in brackets?", "which year are the bracketed figures?", "the * in the violence table - what's that?":
            // what the marked figures are, not one marked figure's value ("what's the bracketed figure for VWI").
            || (q.Words.Any(w => w is "what" or "what's" or "whats" or "which" or "why") && !q.Words.Any(w => w is "figure" or "number" or "value" or "count")))
        && !q.Words.Contains("many") && q.Period.IsEmpty && q.Stems.Count <= 16;

    private static Understanding TableMarkExplained() =>
        new(Intent.Passage) { Passage = new PassageQuery(TableMarkSearched, PassageAspect.Definition) };

    private const string TableMarkSearched = "table note figures in brackets";

    /// <summary>The assessment's words on whether the rise in recorded crime is real: looked for by the rise, recording, genuine.</summary>
    private static Understanding RiseInCrimeJudged() =>
        new(Intent.Passage) { Passage = new PassageQuery(RiseInCrimeSearched, PassageAspect.General) };

    /// <summary>What the kind of work asked of the priorities is looked for by: the assessment's words on what they should reflect.</summary>
    private const string KindOfWorkSearched = "the priorities adopted by this partnership should reflect work that is not business as usual";

    /// <summary>What young people's own use of drugs and alcohol is looked for by: the Health Related Behaviour Survey's finding.</summary>
    private const string YoungPeoplesUseSearched = "Health Related Behaviour Survey young people in Cambridge City behave similarly to the County averages use of drugs and alcohol";

    private const string RiseInCrimeSearched = "increase in police recorded crime improvements to crime recording genuine increases";

    /// <summary>
    /// "does the rise in police recorded crime mean crime is really rising?", "is the increase in crime genuine?", "is crime actually
    /// going up or is it just recording?", "is the rise in police figures genuine?": crime as a whole (no topic named, a word for crime),
    /// its change judged real or not; the figures named as what rose are no number asked.
    /// </summary>
    private static bool WhetherTheRiseInCrimeIsReal(QuestionFacts q) =>
        q.Has(ProseCues.RealChange) && !q.NamesIndicator && q.Programmes.Count == 0 && q.Has(Cues.CrimeNouns)
        && (!q.Has(Cues.FigureAsked) || q.Has(ProseCues.FiguresThatRose)) && !AsksForNumbers(q.Rest);

    /// <summary>
    /// "is that a real rise?", "is it genuine?", "is the increase real or just recording?" after a topic, naming none: what the
    /// assessment says lies behind that topic's change (a genuine rise, or recording practices), asked as "why?" of it. The words
    /// of the asking are not searched: "real" would find another topic's sentence on genuine increases.
    /// </summary>
    private static Understanding? WhetherTheLastChangeIsReal(QuestionFacts q) =>
        q.Has(ProseCues.RealChange) && !NamesAnyTopic(q) && (q.FollowUp || q.Has(ProseCues.Pointer)) && q.Stems.Count <= 8
            ? new Understanding(Intent.Passage) { FollowUp = true, Passage = new PassageQuery(string.Empty, PassageAspect.Why) }
            : null;

    /// <summary>
    /// "is the rise in DA-flagged crimes seen as good news or bad news", "is the fall in ASB a good sign", "should we welcome the increase
    /// in hate crime reports": a topic's change judged, asked of a topic named. The assessment's reading of the change is in its words
    /// on why it moved ("this is positive and shows greater compliance with recording standards"), looked for without the words of
    /// judging, which no passage holds.
    /// </summary>
    private static Understanding? ChangeJudgedOfATopic(QuestionFacts q) =>
        q.Has(ProseCues.ChangeJudged) && NamesAnyTopic(q) && (q.Has(Cues.Up) || q.Has(Cues.Down) || q.Asks(Cues.Change))
        && !AsksForNumbers(q.Rest) && !q.Has(Cues.FigureAsked) && Passage(q, PassageAspect.Why) is { Passage: { } passage } understood
            ? understood with { Passage = passage with { Text = JudgedInItsOwnWord(passage.Text) } }
            : null;

    /// <summary>
    /// "is that good news or a worry?", "should we welcome this?" after a topic's figures, naming none: the change just answered judged,
    /// read (as <see cref="ChangeJudgedOfATopic"/>) in the assessment's words on why that topic moved, and only in that topic's words.
    /// </summary>
    private static Understanding? ChangeJudgedOfTheLastTopic(QuestionFacts q) =>
        q.Has(ProseCues.ChangeJudged) && !NamesAnyTopic(q) && (q.FollowUp || q.Has(ProseCues.Pointer))
        && !AsksForNumbers(q.Rest) && !q.Has(Cues.FigureAsked)
            ? new Understanding(Intent.Passage)
            {
                FollowUp = true,
                Passage = new PassageQuery(JudgedInItsOwnWord(q.Text), PassageAspect.Why, OfTheTopic: AskedOfTheTopic.ChangeJudged),
            }
            : null;

    private static string JudgedInItsOwnWord(string text)
    {
        // A favourable judgement asked of ("why is it a good thing", "is it good news") is looked for in the assessment's own word
        // for it, "positive"; a judgement either way ("good news or bad news", "worrying") asks how it reads the change, in any words.
        var without = Judging().Replace(text, m =>
            !m.Value.Contains(" or ", StringComparison.OrdinalIgnoreCase) && Favourable().IsMatch(m.Value) ? " positive " : " ");
        return TextNormalizer.Tokens(without).Count > 0 ? without : text;
    }

    /// <summary>The words of judging a change ("seen as good news or bad news", "a positive thing", "a good sign"): what is asked, not its subject.</summary>
    [GeneratedRegex(@"\b(?:(?:seen|viewed|regarded|considered)\s+as\s+)?(?:(?:a|an)\s+)?(?:good|bad|positive|negative|encouraging|worrying)(?:\s+(?:news|thing|sign|development))?(?:\s+or\s+(?:a\s+)?(?:good|bad|positive|negative|worrying)(?:\s+(?:news|thing|sign|development))?)?|\b(?:welcomed?|cause\s+for\s+concern|something\s+to\s+worry\s+about|a\s+success|a\s+failure)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Judging();

    [GeneratedRegex(@"\b(?:good|positive|encouraging|welcomed?|success)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Favourable();

    /// <summary>Words of community safety or of the assessment itself, when no topic is named.</summary>
    private static bool HasDomainWords(QuestionFacts q) =>
        q.Has(Cues.Domain) || q.Has(ProseCues.Document) || q.Has(ProseCues.Activities) || q.Has(ProseCues.Planned) || q.Uncovered is not null;

    /// <summary>
    /// "what does the assessment recommend on domestic abuse", "list the DA interventions this year": a prose question
    /// whose topic words fit several indicators equally (domestic abuse incidents and offences) is asked of the
    /// assessment's words, not answered with "which one?", since the passages speak of the topic as a whole.
    /// </summary>
    private static bool NamesOnlyAnAmbiguousIndicator(QuestionFacts q) =>
        q.Indicators is [var best, ..]
        && best.Topics.Concat(q.Indicators.Skip(1).Where(m => m.Score == best.Score).SelectMany(m => m.Topics)).Distinct().Count() > 1;
    /// <summary>
    /// "who wrote it?", "who put it together", "whose quote is the one about police recorded crime": the assessment's authors or a
    /// quote's source, not the conversation's topic's; with no subject of its own, who reviewed the assessment.
    /// </summary>
    private static Understanding AuthorAsked(QuestionFacts q, bool subjectless = false)
    {
        var understanding = Passage(q, PassageAspect.Author);
        if (understanding.Passage is not { } passage)
        {
            return understanding;
        }

        subjectless |= !NamesAnyTopic(q) && q.Stems.All(AuthorAskingStems.Contains);
        return understanding with
        {
            FollowUp = understanding.FollowUp && NamesAnyTopic(q),
            Passage = subjectless
                ? passage with { Text = "who wrote the assessment", WholeQuestion = false }
                : passage with { Text = QuoteAsking().Replace(passage.Text, " "), WholeQuestion = false },
        };
    }

    private static readonly HashSet<string> AuthorAskingStems =
        [.. ProseCues.MadeBy.Words, .. ProseCues.Author.Words, .. ProseCues.DocumentAskingWords.Words, .. ProseCues.DocumentNamed.Words, "together", "put", "compile", "one",
         .. new[] { "named", "name", "names", "contact", "contacts", "person", "people", "individual", "there", "or", "any", "listed", "credited", "given", "behind", "responsible", "point" }.Select(Stem.Of),
         // "which team produced the end of year review and what version/date is it": who made it, with the version and date its
         // title page gives (the answer to who wrote it names both).
         .. new[] { "team", "organisation", "organization", "version", "date", "dated", "when", "end", "year", "review", "produced", "written", "wrote" }.Select(Stem.Of)];

    private static readonly HashSet<string> DocumentAskingStems = [.. ProseCues.DocumentAskingWords.Words, .. ProseCues.DocumentNamed.Words];

    /// <summary>
    /// "what can you tell me about, what's the doc", "what is this report about", "what's the assessment for", "why was this
    /// document produced": the assessment itself asked about, naming nothing else; answered with its purpose and who reviewed it.
    /// </summary>
    private static Understanding? DocumentItselfAsked(QuestionFacts q) =>
        q.Has(ProseCues.DocumentNamed) && !q.NamesIndicator && q.Programmes.Count == 0
        && (((q.GlossaryTerms.Count == 0 || q.Has(ProseCues.StrategicAssessment)) && q.Stems.All(DocumentAskingStems.Contains) && !q.Has(Cues.Findings))
            || q.Has(ProseCues.Audience) || (q.Has(ProseCues.DocumentPurpose) && q.Uncovered is null && q.GlossaryTerms.Count == 0))
            ? new Understanding(Intent.Passage) { Passage = new PassageQuery("what is the purpose of this document", PassageAspect.Author) }
            : null;

    /// <summary>
    /// "whats the problem with police recorded crime figures", "why can't csew give a cambridge figure", "can we compare cvs rates
    /// over time", "what's the issue with the DA data": a measure (a survey, police recorded crime), or a topic's figures, asked
    /// what it cannot do; its caveats answer, not its figures.
    /// </summary>
    private static bool AsksAMeasuresShortcomings(QuestionFacts q) =>
        (q.Has(ProseCues.Measure) && (q.Has(ProseCues.Shortcoming) || q.Has(ProseCues.Comparable) || NegatedAbility().IsMatch(q.Folded)))
        || (NamesAnyTopic(q) && q.Has(ProseCues.MeasureWords) && q.Has(ProseCues.ShortcomingOf));

    /// <summary>
    /// "why doesn't the crime survey give us a figure for Cambridge", "the CSEW can't really provide local data": what a measure does
    /// not do, its verb a few words after the negation (the contiguous "doesn't give" is among <see cref="ProseCues.Shortcoming"/>).
    /// </summary>
    [GeneratedRegex(@"\b(?:doesn'?t|does not|don'?t|do not|can'?t|cannot|can not|won'?t|isn'?t able to|aren'?t able to|unable to)\s+(?:\S+\s+){0,6}?(?:give|provide|produce|tell|show|cover|break down|offer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedAbility();

    /// <summary>
    /// "the second one", "the first item", "the last one", "number 3 on the list", "and the third?": the place in the last answer's
    /// list a question points to (the last as -1); null when it points to none ("the first time", "last year" are not places).
    /// </summary>
    internal static int? ItemPlaceOf(QuestionFacts q)
    {
        var match = ItemPlace().Match(q.Folded);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["place"].Success ? match.Groups["place"].Value : match.Groups["alone"].Success ? match.Groups["alone"].Value : match.Groups["number"].Value;
        return word switch
        {
            "first" or "1st" or "one" or "1" => 1,
            "second" or "2nd" or "two" or "2" => 2,
            "third" or "3rd" or "three" or "3" => 3,
            "fourth" or "4th" or "four" or "4" => 4,
            "fifth" or "5th" or "five" or "5" => 5,
            "last" or "final" => -1,
            _ => null,
        };
    }

    // "and the second?", "who leads the third?": a place said alone ends the question, so no word boundary follows its question mark.
    [GeneratedRegex(@"\b(?:(?:(?<place>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(?:one|ones|item|point|bullet|thing|bit|entry|recommendation|on\s+(?:the|that|your)\s+list|in\s+(?:the|that|your)\s+list|of\s+(?:those|them|these|the\s+list))|number\s+(?<number>one|two|three|four|five|[1-5])\s+(?:on|in)\s+(?:the|that|your)\s+list)\b|(?:^(?:(?:and|so|ok|okay|right|what\s+about|how\s+about)\W*)*|\b(?:leads?|runs?|about)\s+)the\s+(?<alone>second|third|fourth|fifth|last)\s*\??$)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemPlace();

    /// <summary>"why did the second one go up": the item's place is not a subject to look for; the item is the topic.</summary>
    private static string WithoutPlace(string text, int? place)
    {
        if (place is null)
        {
            return text;
        }

        var without = ItemPlace().Replace(text, " ");
        return TextNormalizer.Tokens(without).Count > 0 ? without : text;
    }

    /// <summary>The caveats of a measure asked about: searched by the measure's name and the caveat aspect, not the words of asking.</summary>
    private static Understanding MeasuresShortcomings(QuestionFacts q)
    {
        var understanding = Passage(q, PassageAspect.Caveat);
        return understanding.Passage is { } passage && ShortcomingAsking().Replace(passage.Text, " ") is var measure
            && TextNormalizer.Tokens(measure).Count > 0
            ? understanding with { Passage = passage with { Text = measure, WholeQuestion = false } }
            : understanding;
    }

    /// <summary>
    /// "which DA groups has the partnership engaged with", "what county groups are involved", "which partner agencies run it": the
    /// groups or agencies named in the assessment's words (not "which crime groups rose", a list of risers).
    /// </summary>
    private static bool AsksWhichBodies(QuestionFacts q) =>
        WhichBodies().IsMatch(q.Folded) && !q.Has(Cues.Up) && !q.Has(Cues.Down) && !AsksForFigures(q.Rest) && !q.Has(Cues.FigureAsked);

    /// <summary>The words of asking whose a quote is ("whose quote is the one about"): not what the quote is about.</summary>
    [GeneratedRegex(@"\b(?:whose|quote[sd]?|quotation|the\s+one|one|(?:the\s+)?source\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuoteAsking();

    /// <summary>
    /// The words of asking what is wrong with a measure ("the problem with", "weaknesses of", "can we compare", "figures"): what is
    /// searched is the measure, with the caveat aspect's own cues.
    /// </summary>
    [GeneratedRegex(@"\b(?:problems?\s+with|issues?\s+with|wrong\s+with|trouble\s+with|weakness(?:es)?|downsides?|drawbacks?|flaws?|pitfalls?|shortcomings?|limits\s+of|catch\s+with|(?:as\s+)?(?:a\s+)?measures?(?:\s+of\s+crime)?|can\s+we\s+compare|can\s+i\s+compare|comparable|compared?|like\s+for\s+like|figures?|data|stats|statistics|numbers|rates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortcomingAsking();

    [GeneratedRegex(@"\b(?:which|what)\s+(?:[a-z&'-]+\s+){0,2}?(?:groups?|agenc(?:y|ies)|organi[sz]ations?|partners|bodies|boards?|services|teams?|forums?|networks?)\b(?!\s+of\s+crime)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichBodies();
}

