using System.Text.RegularExpressions;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Conditions of prose rows of <see cref="IntentRules.Ordered"/> (issue 13): the assessment itself (who made it, its date), its
/// caveat on projected rates, breakdowns asked in words, the recommended priorities and how partners help.
/// </summary>
public static partial class IntentRules
{
    /// <summary>What a question about the assessment's date is looked for by: the title page's version and month.</summary>
    private const string DocumentDateSearched = "when was the assessment published";

    /// <summary>
    /// "what date is on the document", "when was the report published", "how old is this assessment", "what version of the document
    /// is this": the document named with a word of its date, naming no topic and no data ("how recent is the data" asks the period
    /// its figures cover). Its title ("what is the report called") is on the same title page, so is answered the same way.
    /// </summary>
    private static bool AsksTheDocumentsDate(QuestionFacts q) =>
        q.Has(ProseCues.DocumentNamed) && (q.Has(ProseCues.DocumentDate) || q.Has(ProseCues.DocumentTitle)) && !NamesAnyTopic(q)
        && ((!q.Has(ProseCues.MeasureWords) && !q.Has(ProseCues.Measure)) || q.Has(ProseCues.VersionNumber)) && !q.Has(ProseCues.Why) && !q.Has(ProseCues.Audience) && !q.Has(ProseCues.Maker) && q.Stems.Count <= 10;

    /// <summary>
    /// "which team did the analysis of local and national trends in this document", "who did the research behind this report",
    /// "which organisation carried out the analysis": who did the work of the assessment, naming no topic (see <see cref="AuthorAsked"/>).
    /// </summary>
    private static bool MakersAsked(QuestionFacts q) =>
        q.Has(ProseCues.Maker) && q.Has(ProseCues.Making) && !q.Has(ProseCues.Audience) && !q.NamesIndicator && q.Programmes.Count == 0 && q.Uncovered is null
        && !q.Has(Cues.FigureAsked) && (q.Has(ProseCues.DocumentNamed) || q.Stems.Count <= 7);

    /// <summary>
    /// "are the 2017 rates actual or projected?", "is the shoplifting rate a forecast?", "are those figures projections": whether
    /// figures are projections, asked as a yes-or-no or either-or question (not "what is the projected rate", a figure).
    /// </summary>
    private static bool AsksWhetherProjected(QuestionFacts q) =>
        q.Has(ProseCues.Projection) && q.Words.Count > 0
        && (q.Words[0] is "is" or "are" or "was" or "were" or "has" or "have" or "do" or "does" or "did" or "so" or "and" or "but"
            || q.Words.Contains("or") || q.Words.Contains("whether") || q.Words.Contains("which"))
        && !q.Folded.Contains("how many", StringComparison.Ordinal) && !q.Folded.Contains("how much", StringComparison.Ordinal);

    /// <summary>
    /// "what nationality are most modern slavery controllers", "where are the victims from": a breakdown asked in words (what, which,
    /// who, where), not a count or share of it ("how many burglaries by ward", "ASB figures by age").
    /// </summary>
    private static bool BreakdownAskedInWords(QuestionFacts q) =>
        q.Words.Count > 0 && q.Words[0] is "what" or "what's" or "whats" or "which" or "who" or "who's" or "where" or "whereabouts"
        && !q.Has(Cues.FigureAsked) && !Cues.Volume.AnyIn(q.Rest) && !Cues.Compare.AnyIn(q.Rest) && !Cues.Series.AnyIn(q.Rest);

    /// <summary>
    /// "what nationality are most controllers, per the report": the words naming where the answer is to be found ("per the report",
    /// "according to the assessment") are not what is asked, and no passage holds them.
    /// </summary>
    private static string WithoutTheDocument(string text)
    {
        var without = TheDocument().Replace(text, " ");
        return TextNormalizer.Tokens(without).Count > 0 ? without : text;
    }

    [GeneratedRegex(@"\b(?:per|according\s+to|in|from|by|says?)\s+(?:the|this|our)\s+(?:report|document|assessment|doc|review|strategic\s+assessment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheDocument();

    /// <summary>What a question of whether figures are projected is looked for by (within the topic it names, if any).</summary>
    private const string ProjectionSearched = "projected 2017 rates";

    /// <summary>
    /// "are the 2017 rates actual or projected?": the assessment's caveat on projected rates, within the topic named; the words of
    /// asking ("actual or") are not what is looked for.
    /// </summary>
    private static Understanding ProjectionAsked(QuestionFacts q) =>
        Passage(q, PassageAspect.Caveat) is var understood && understood.Passage is { } passage
            ? understood with { Passage = passage with { Text = ProjectionSearched, WholeQuestion = false } }
            : understood;

    private static readonly HashSet<string> PriorityStems = [Stem.Of("priority"), Stem.Of("priorities")];

    /// <summary>
    /// "what priorities does the assessment recommend for the coming year", "what should next year's priorities be", "which priorities
    /// are proposed for 2018/19": which priorities it recommends, naming none of them, no topic and no programme.
    /// </summary>
    private static bool AsksWhichPrioritiesAreRecommended(QuestionFacts q) =>
        q.Stems.Any(PriorityStems.Contains) && (q.Has(ProseCues.Recommend) || q.Has(ProseCues.NextYear))
        && q.Words.Any(w => w is "what" or "what's" or "whats" or "which" or "list" or "name")
        && !NamesAnyTopicBesidesThePartnership(q) && PriorityWord().Match(q.Folded) is var word && !(word.Success && PriorityNumber(q.Folded, word) is not null)
        && !q.Has(ProseCues.Why) && !q.Has(ProseCues.PrioritiesShould) && !PlansBeyondTheYearAhead(q) && !q.Has(Cues.Walkthrough)
        && !q.Has(ProseCues.When) && !q.Has(ProseCues.WhoLeads) && !q.Has(ProseCues.Monitoring) && !q.Has(Cues.FigureAsked) && !AsksForNumbers(q.Rest)
        && !q.Words.Any(ChoosingWords.Contains);

    /// <summary>
    /// "what should the partnership prioritise?", "what ought we to prioritize next year", "what do we need to prioritise": the verb
    /// of priorities, asked of no topic, with what should be done (not how to choose, not why): the priorities it recommends.
    /// </summary>
    private static bool AsksWhatToPrioritise(QuestionFacts q) =>
        q.Words.Any(w => w.StartsWith("prioritis", StringComparison.Ordinal) || w.StartsWith("prioritiz", StringComparison.Ordinal))
        && q.Words.Any(w => w is "should" or "ought" or "must" or "need" or "needs" or "recommend" or "recommended")
        && q.Words.Any(w => w is "what" or "what's" or "whats" or "which")
        && !NamesAnyTopicBesidesThePartnership(q) && !q.Has(ProseCues.Why) && !q.Words.Any(ChoosingWords.Contains);

    /// <summary>
    /// Whether the question asks of work planned, beyond naming the year ahead in words planned work shares ("going forward",
    /// "moving forward"): "what priorities are recommended going forward" asks which are recommended; "what's planned" asks the plans.
    /// </summary>
    private static bool PlansBeyondTheYearAhead(QuestionFacts q) =>
        ProseCues.Planned.AnyIn(q.Stems.Where(s => !YearAheadWords.Contains(s)).ToList());

    private static readonly HashSet<string> YearAheadWords = [.. new[] { "going", "moving", "forward", "forwards", "future" }.Select(Stem.Of)];

    /// <summary>
    /// "what should we consider when selecting priorities", "how should priorities be chosen": how to choose priorities, which the
    /// assessment advises on in words (work that is not business as usual), not which it recommends.
    /// </summary>
    private static readonly HashSet<string> ChoosingWords =
        ["how", "choose", "choosing", "chosen", "chose", "select", "selecting", "selected", "selection", "consider", "considering", "criteria", "decide", "deciding", "pick", "picking", "setting", "bear", "mind"];

    private static readonly HashSet<string> HelpingAskingStems = [.. new[]
    {
        "what", "whats", "what's", "how", "are", "is", "the", "other", "others", "partner", "partners", "agency", "agencies", "organisation",
        "organisations", "everyone", "everybody", "else", "rest", "of", "doing", "do", "does", "to", "help", "helping", "helps", "with", "about",
        "on", "it", "this", "that", "we", "they", "our", "their", "them", "in", "support", "supporting", "contribute", "contributing", "role",
        "part", "play", "playing", "a", "an", "and", "so", "then", "work", "working", "tackle", "tackling", "involved", "all", "any", "there",
        "partnership", "csp", "meanwhile", "too", "also", "now", "currently",
    }.Select(Stem.Of)];

    /// <summary>
    /// "what are the other partners doing to help", "how are the other agencies helping", "what is everyone else doing": how partners
    /// help, with no subject of its own, so of the conversation's topic (what was done for it, in the programme's review).
    /// </summary>
    private static bool OnlyAsksHowPartnersHelp(QuestionFacts q) =>
        !q.NamesIndicator && q.Programmes.Count == 0 && q.GlossaryTerms.Count == 0 && q.Stems.All(HelpingAskingStems.Contains);

    /// <summary>
    /// "anything we should keep an eye on", "who should we link up with on it", "what needs improving in 2018": asked of the topic
    /// named, else of the conversation's; only that topic's own words answer (<see cref="AskedOfTheTopic"/>), never another topic's.
    /// </summary>
    private static Understanding? AskedOfTheTopicItself(QuestionFacts q)
    {
        var asked = q.Has(ProseCues.WhatToWatch) ? AskedOfTheTopic.WhatToWatch
            : q.Has(ProseCues.LinkUpWith) ? AskedOfTheTopic.WhomToLinkUpWith
            : q.Has(ProseCues.NeedsImproving) ? AskedOfTheTopic.WhatNeedsImproving
            : AskedOfTheTopic.None;
        if (asked == AskedOfTheTopic.None || AsksForNumbers(q.Rest) || q.Has(Cues.FigureAsked) || q.Uncovered is not null)
        {
            return null;
        }

        return OfTheTopic(Passage(q, PassageAspect.General), asked);
    }

    /// <summary>A prose understanding made a question of the topic in context (<paramref name="asked"/>): a follow-up when it names none.</summary>
    private static Understanding OfTheTopic(Understanding understood, AskedOfTheTopic asked) =>
        understood.Passage is { } passage
            ? understood with
            {
                FollowUp = understood.FollowUp || (understood.Topic is null && understood.Candidates.Count == 0),
                Passage = passage with { OfTheTopic = asked, WholeQuestion = false, WhatWasDone = false },
            }
            : understood;

    /// <summary>What a question of the period the assessment covers is looked for by: where it says how far each source's data goes.</summary>
    private const string DocumentPeriodSearched = "CSEW data only up to the end of September 2017 police data complete to December 2017";

    private static readonly HashSet<string> DocumentFactStems = [.. new[]
    {
        "what", "whats", "what's", "which", "who", "whom", "whose", "is", "are", "was", "does", "do", "it", "this", "that", "the", "a", "of",
        "for", "to", "up", "audience", "intended", "aimed", "at", "meant", "version", "edition", "period", "cover", "covers", "covered",
        "span", "timeframe", "time", "frame", "range", "data", "go", "goes", "reader", "readers", "readership", "so", "and", "exactly",
    }.Select(Stem.Of)];

    /// <summary>
    /// A fact of the assessment itself: asked in a few words (<see cref="DocumentFactInFewWords"/>), or its date asked with the document
    /// named ("when was the report published", <see cref="AsksTheDocumentsDate"/>).
    /// </summary>
    private static Understanding? DocumentFactAsked(QuestionFacts q) =>
        DocumentFactInFewWords(q) ?? (AsksTheDocumentsDate(q) ? DocumentDateAsked : null);

    private static readonly Understanding DocumentDateAsked = new(Intent.Passage) { Passage = new PassageQuery(DocumentDateSearched, PassageAspect.When) };

    /// <summary>
    /// "who is it for", "who is the audience", "what version is this", "what period does it cover": a fact of the assessment itself,
    /// asked in so few words that "it" and "this" can only be the assessment (no topic named): whom it is for (its purpose), its
    /// version and month (its title page), the period its data covers (2017/18, police data to December 2017, the CSEW to September).
    /// </summary>
    private static Understanding? DocumentFactInFewWords(QuestionFacts q)
    {
        if (NamesAnyTopic(q) || q.Uncovered is not null || q.GlossaryTerms.Count > 0 || q.Stems.Count == 0 || !q.Stems.All(DocumentFactStems.Contains))
        {
            return null;
        }

        bool Says(string word) => q.Stems.Contains(Stem.Of(word));
        return q.Has(ProseCues.Audience) || Says("audience") || Says("readership") || Says("readers") || (Says("who") && Says("for"))
                ? new Understanding(Intent.Passage) { Passage = new PassageQuery("what is the purpose of this document", PassageAspect.Author) }
            : Says("version") || Says("edition")
                ? DocumentDateAsked
            : Says("period") || Says("cover") || Says("covers") || Says("timeframe") || Says("span")
                ? new Understanding(Intent.Passage) { Passage = new PassageQuery(DocumentPeriodSearched, PassageAspect.General) }
            : null;
    }

    /// <summary>
    /// "are drug deaths high in Cambridge?", "is cycle theft a problem in the city", "are overdoses low here?": a yes-or-no judgement
    /// (high, low, a problem, worrying) of a subject, asking for no figure.
    /// </summary>
    /// "do we have a lot of drug deaths here" (its size judged), "drug deaths in the city - what's the picture?" (how it stands) are the
    /// same need.
    private static bool AsksAJudgementOfASubject(QuestionFacts q) =>
        ((q.Words.Count > 2 && q.Words[0] is "is" or "are" or "was" or "were" or "do" or "does" or "has" or "have"
            && (q.Has(ProseCues.Judged) || q.Has(ProseCues.SizeJudged))) || q.Has(ProseCues.HowItStands))
        && !q.Has(Cues.FigureAsked) && !AsksForNumbers(q.Rest)
        && !q.Folded.Contains("how many", StringComparison.Ordinal) && !q.Folded.Contains("how much", StringComparison.Ordinal);

    /// <summary>The nouns of a document an area may have of its own ("Peterborough's strategic assessment", "Fenland's community safety plan").</summary>
    private static readonly HashSet<string> DocumentNouns =
        ["assessment", "report", "document", "strategy", "plan", "review", "doc", "paper", "pdf"];

    /// <summary>
    /// "can you summarise the Peterborough community safety strategic assessment", "what does Fenland's CSP strategy say", "is there a
    /// strategic assessment for Huntingdonshire": another area's own document (its name within a few words before the document's noun,
    /// or right after it with "for", "of" or "from"). SafetyBot holds only Cambridge City's assessment. The county is not another area
    /// here: the assessment speaks of the county's action plan and strategy in its own words.
    /// </summary>
    private static Understanding? AnotherAreasDocument(QuestionFacts q)
    {
        if (q.Has(Cues.OwnArea) || q.NamesIndicator)
        {
            return null;
        }

        var words = q.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!DocumentNouns.Contains(words[i]))
            {
                continue;
            }

            var before = words.Skip(Math.Max(0, i - 5)).Take(i - Math.Max(0, i - 5)).ToList();
            var after = i + 2 < words.Count && words[i + 1] is "for" or "of" or "from" or "by" ? words.Skip(i + 2).Take(3).ToList() : [];
            // "Fenland's" reaches the words as "fenlands": the possessive's s is tried off as well.
            foreach (var near in new[] { before, after }.Where(w => w.Count > 0)
                .SelectMany(w => new[] { string.Join(' ', w), string.Join(' ', w.Select(x => x.Length > 3 && x.EndsWith('s') ? x[..^1] : x)) }))
            {
                if (near.Length == 0)
                {
                    continue;
                }

                if (OtherArea.In(near) is { Area: null } area)
                {
                    return new Understanding(Intent.NotCovered) { Place = area.Name };
                }

                if (OtherArea.In(near) is null && q.Elsewhere is { } elsewhere && near.Contains(elsewhere, StringComparison.OrdinalIgnoreCase))
                {
                    return new Understanding(Intent.NotCovered) { Place = elsewhere };
                }
            }
        }

        return null;
    }

    /// <summary>The words by which a question names the partnership itself ("the partnership", "our community safety partnership", "the CSP").</summary>
    private static readonly HashSet<string> PartnershipWords = [.. new[] { "the", "our", "this", "community", "safety", "partnership", "csp", "city" }.Select(Stem.Of)];

    /// <summary>
    /// <see cref="NamesAnyTopic"/>, save the partnership itself: "what priorities are recommended for the partnership" names the body the
    /// priorities are for (a glossary term, the CSP), not a subject of its own.
    /// </summary>
    private static bool NamesAnyTopicBesidesThePartnership(QuestionFacts q) =>
        q.NamesIndicator || q.Programmes.Count > 0
        || q.GlossaryTerms.Any(t => !q.Stems.Skip(t.Start).Take(t.Length).All(PartnershipWords.Contains));

    /// <summary>What a question weighing the survey against police figures is looked for by: the ONS's words on the two measures.</summary>
    private const string TwoMeasuresSearched = "the differences in the two measures of crime: the CSEW and police recorded crime, which is the better measure";

    private static readonly string SurveyStem = Stem.Of("survey");
    private static readonly string PoliceStem = Stem.Of("police");

    /// <summary>
    /// "for violence, should I trust the Crime Survey or police figures", "is the CSEW more reliable than police data", "which should we
    /// use, the crime survey or police recorded crime": the survey and police figures both named, with a word of choosing between them.
    /// </summary>
    private static bool WeighsTheSurveyAndPoliceFigures(QuestionFacts q) =>
        (q.Has(ProseCues.SurveyNamed) || q.Stems.Contains(SurveyStem)) && q.Stems.Contains(PoliceStem) && q.Has(ProseCues.MeasureChosen)
        && !q.Folded.Contains("how many", StringComparison.Ordinal) && !q.Folded.Contains("how much", StringComparison.Ordinal);

    /// <summary>The two measures weighed: the assessment's words on them, within the topic named when one is.</summary>
    private static Understanding TwoMeasuresWeighed(QuestionFacts q) =>
        Passage(q, PassageAspect.Survey) is { Passage: { } passage } understood
            ? understood with { Passage = passage with { Text = TwoMeasuresSearched, WholeQuestion = false } }
            : Passage(q, PassageAspect.Survey);
}
