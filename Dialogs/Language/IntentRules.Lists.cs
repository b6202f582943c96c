using System.Globalization;
using System.Text.RegularExpressions;
using SafetyBot.Cards;
using SafetyBot.Cards.Lists;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>The rows of <see cref="IntentRules.Ordered"/> for list answers with a filter (issue 13): by direction, threshold, group, source or section.</summary>
public static partial class IntentRules
{
    /// <summary>"which topics rose by more than 20%", "what fell by over 5 per cent": the risers or fallers past a threshold.</summary>
    private static Understanding? MoversOverThreshold(QuestionFacts q)
    {
        var threshold = Threshold().Match(q.Folded);
        if (!threshold.Success || q.Has(Cues.Compare)
            || !decimal.TryParse(threshold.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent))
        {
            return null;
        }

        var down = q.Has(Cues.Down);
        var up = q.Has(Cues.Up);
        return new Understanding(Intent.Movers)
        {
            Filter = new ListFilter
            {
                Direction = down == up ? null : down ? MoveDirection.Down : MoveDirection.Up,
                ThresholdPercent = percent,
            },
        };
    }

    /// <summary>
    /// "what proportion of ASB in q2 involved begging", or "what proportion is that?" after a street-life figure: the
    /// table's row (the handler answers with the table when the topic has one; a follow-up takes the last topic and period).
    /// </summary>
    private static Understanding? TableProportion(QuestionFacts q)
    {
        // "what % of all ASB is that?" after a row of the table: the whole named, the row pointed to (the conversation's topic).
        // "and as a proportion of all ASB?" after a row: the row's share, asked as a follow-up of it.
        var shareOfTheLastRow = q.NamesIndicator && (q.Has(Cues.Pronouns) || (q.FollowUp && q.Rest.Count <= 6)) && q.Rest.Count <= 10
            && q.Indicators.All(m => m.Topics.Count == 1 && q.PartsOf(m.Topics[0].Id).Count > 0);
        if (!q.Has(ProseCues.TableShare)
            || (q.NamesIndicator ? q.Period.Quarter is null && !q.Has(Cues.Quarters) && !shareOfTheLastRow : !(RefersBack(q) && q.Stems.Count <= 5)))
        {
            return null;
        }

        return new Understanding(Intent.Quarters) { Cell = new TableCellSelector(null, "proportion"), FollowUp = !q.NamesIndicator || shareOfTheLastRow };
    }

    /// <summary>
    /// "which topics does the SOCP flag", "where is the partnership unsighted", "overview of the topics the partnership is
    /// unsighted on": the topics whose scanning-table text mentions a source (a glossary term) or the word asked about.
    /// A question about one named topic ("is the partnership unsighted on vehicle crime") is not a list.
    /// </summary>
    private static Understanding? TopicsFlagged(QuestionFacts q)
    {
        if (q.Has(Cues.Unsighted) && !q.NamesIndicator && q.Programmes.Count == 0)
        {
            return new Understanding(Intent.TopicList) { Filter = new ListFilter { Mention = "unsighted" } };
        }

        // "further" in what the partnership could do: "investigate this further", "further partnership working".
        if (q.Has(Cues.FurtherWork) && q.Has(Cues.ListAsked) && !q.NamesIndicator && q.Programmes.Count == 0)
        {
            return new Understanding(Intent.TopicList) { Filter = new ListFilter { Mention = "further", MentionIn = NarrativeKind.Opportunities } };
        }

        // "which crime types have a marker", "what markers does the report use": the topics whose words name a marker (weapon, cybercrime,
        // CSE, DA), a list, never one marked topic's sentence.
        if ((q.Words.Contains("markers") || (q.Words.Contains("marker") && q.Has(Cues.ListNouns))) && q.Has(Cues.ListAsked)
            && !q.NamesIndicator && q.Programmes.Count == 0 && !q.Has(Cues.FigureAsked) && !q.Has(ProseCues.DefinitionAsked) && !q.Has(ProseCues.Definition)
            && !q.Has(ProseCues.Why))
        {
            return new Understanding(Intent.TopicList) { Filter = new ListFilter { Mention = "marker" } };
        }

        // "what does SOCP highlight": what a source flags is a list of topics, with or without "which topics".
        return q.GlossaryTerms is [var source, ..] && NamedWhole(q, source) && q.Has(Cues.Flags)
            && (q.Has(Cues.ListNouns) || (q.Words is ["what", "does" or "do", ..] && q.Has(ProseCues.SourceFlags)))
            && q.Has(Cues.ListAsked) && !q.NamesIndicator
            ? new Understanding(Intent.TopicList) { Filter = new ListFilter { Mention = source.Topics[0].DisplayName } }
            : null;
    }

    /// <summary>
    /// "what topics are in the full scanning table", "list the scanning table's topics", "list the property crime topics in
    /// section 3": the scanning table's topics, all or one group's. Without a word of the table, "what types of violence
    /// does the CSEW cover" asks about the survey, not the table.
    /// </summary>
    private static Understanding? ScanningTableTopics(QuestionFacts q) =>
        q.Has(Cues.ScanningTable)
        && (q.Has(Cues.ListNouns) || q.Words.Contains("list")) && !q.Has(Cues.FigureAsked) && !q.Has(Cues.Opportunities)
        && (!q.NamesIndicator || TopicGroups.NamesOnlyTheGroup(q)) && q.Programmes.Count == 0 && q.Period.IsEmpty
            ? new Understanding(Intent.TopicList) { Filter = TopicGroups.In(q) is { } group ? new ListFilter { Category = group } : null }
            : null;

    /// <summary>"list the 2017/18 priorities reviewed in section 2", "what were last year's priorities": the priorities the assessment reviews.</summary>
    private static Understanding? ReviewedPriorities(QuestionFacts q) =>
        q.Words.Any(w => w is "priorities" or "priorites" or "proirities")
        && (q.Period.FinancialYearStart == 2017 || (q.Has(Cues.Reviewed) && q.Period.FinancialYearStart is null && !q.Has(Cues.Forward)))
        && !q.NamesIndicator && q.Programmes.Count == 0
            ? new Understanding(Intent.TopicList) { Filter = new ListFilter { Reviewed = true } }
            : null;

    /// <summary>
    /// "give me all the key dates mentioned in the review", "list the important dates", "timeline of the assessment", "which
    /// milestones does it mention": every dated event the assessment mentions. A question about one named topic's dates ("when
    /// was the cybercrime marker introduced") is a when-question, answered from the passages.
    /// </summary>
    /// A topic named beside words that can only mean the list ("key dates in the DA work", "timeline of the violence work")
    /// still asks for it: the list is every dated event, the topic's among them.
    private static Understanding? KeyDatesListed(QuestionFacts q) =>
        q.Words.Any(w => w is "dates" or "timeline" or "milestones" or "chronology")
        && ((!q.NamesIndicator && q.Programmes.Count == 0 && q.GlossaryTerms.Count == 0) || q.Has(Cues.KeyDatesOnly)) && !q.Has(Cues.FigureAsked)
            ? new Understanding(Intent.TopicList) { Filter = new ListFilter { KeyDates = true } }
            : null;

    /// <summary>
    /// "list all the sources", "which publications does the assessment cite", "what references are in the footnotes": every
    /// publication the assessment cites. A source named ("what does the ONS say") or a topic's data ("what source is the ASB data
    /// from") is not this list.
    /// </summary>
    private static Understanding? SourcesListed(QuestionFacts q) =>
        ((q.Words.Any(w => w is "sources" or "references" or "publications" or "footnotes" or "bibliography")
                && (q.Has(Cues.ListAsked) || q.Words.Contains("all")) && !q.Has(Cues.FigureAsked))
            || WhereTheDocumentsDataComesFrom(q))
        && !q.NamesIndicator && q.Programmes.Count == 0 && !NamesATermBesidesTheDocumentAndItsData(q) && !q.Has(ProseCues.Why)
            ? new Understanding(Intent.TopicList) { Filter = new ListFilter { Sources = true } }
            : null;

    /// <summary>
    /// Whether a glossary term is named that is more than words for the document or its data ("statistics", "the strategic
    /// assessment"): "the CSEW's data" asks one source, "the document's statistics" all of them.
    /// </summary>
    private static bool NamesATermBesidesTheDocumentAndItsData(QuestionFacts q) =>
        q.GlossaryTerms.Any(t => !q.Stems.Skip(t.Start).Take(t.Length).All(s => DataWords.Words.Contains(s, StringComparer.Ordinal)
            || ProseCues.DocumentNamed.Words.Contains(s, StringComparer.Ordinal) || s is "strategic" or "the"));

    /// <summary>Words for what the assessment is made from: its data, figures, statistics, information.</summary>
    private static readonly CueSet DataWords = new("data", "figures", "statistics", "stats", "information", "numbers", "evidence");

    /// <summary>Words asking where something comes from: "where ... from", "come from", "sourced", "draw on".</summary>
    private static readonly CueSet ComesFrom = new("where", "come from", "comes from", "came from", "sourced", "draw on", "draws on", "based on", "rely on", "relies on");

    /// <summary>
    /// "where does the assessment get its data from?", "what does the report base its figures on", "where do the document's statistics
    /// come from": the whole assessment's sources, asked of the document by name (never a topic's data, nor "that data" of the last answer).
    /// </summary>
    private static bool WhereTheDocumentsDataComesFrom(QuestionFacts q) =>
        q.Has(ProseCues.DocumentNamed) && q.Has(DataWords) && q.Has(ComesFrom)
        && (q.Words.Contains("from") || q.Words.Contains("on") || q.Words.Contains("sourced")) && !q.FollowUp
        && !q.Words.Any(w => w is "that" or "this" or "those" or "these");

    /// <summary>
    /// "what are the main sections of the review", "how is the report structured", "what parts does the document have", "list the
    /// chapters": the assessment's own sections. A section named by its number ("what's in section 2") or a topic ("which section
    /// covers burglary") is asked of its words, not this list.
    /// </summary>
    private static Understanding? SectionsListed(QuestionFacts q) =>
        (q.Words.Any(w => w is "sections" or "chapters" or "headings" or "contents" or "structure" or "structured" or "layout")
            || (q.Words.Any(w => w is "parts" or "section" or "organised" or "organized" or "laid") && q.Has(ProseCues.DocumentNamed)))
        && !q.NamesIndicator && q.Programmes.Count == 0 && q.Uncovered is null && !q.Has(Cues.FigureAsked) && !q.Has(ProseCues.Why)
        && !q.Words.Any(w => w.Length > 0 && char.IsAsciiDigit(w[0])) && !q.Words.Any(w => w is "one" or "two" or "three" or "first" or "second" or "third" or "last")
        // "what are the emerging local trends headings" asks the headings of a part: only the document and words of asking may stand
        // beside the sections, or a slip of one ("the end of yaer review").
        && q.Stems.All(s => SectionsAskingStems.Contains(s) || SectionsAskingStems.Any(known => IsASlipOfAnAskingWord(s, known)))
            ? new Understanding(Intent.TopicList) { Filter = new ListFilter { Sections = true } }
            : null;

    /// <summary>A slip of a word of asking: as <see cref="Fuzzy.IsSlipOf"/>, and a word of four letters with two neighbours swapped ("yaer").</summary>
    private static bool IsASlipOfAnAskingWord(string typed, string known) =>
        known.Length >= 4 && (Fuzzy.IsSlipOf(typed, known)
            || (typed.Length == known.Length && typed[0] == known[0] && Fuzzy.Distance(typed, known, 1) <= 1 && typed.Order().SequenceEqual(known.Order())));

    /// <summary>The words a question of the assessment's sections may hold besides the document's own.</summary>
    private static readonly HashSet<string> SectionsAskingStems = [.. ProseCues.DocumentAskingWords.Words, .. ProseCues.DocumentNamed.Words, .. new[]
    {
        "main", "sections", "section", "chapters", "chapter", "headings", "heading", "parts", "part", "contents", "content", "structure",
        "structured", "layout", "laid", "out", "organised", "organized", "split", "into", "divided", "broken", "down", "list", "give", "name",
        "have", "has", "end", "year", "review", "how", "many", "in", "there", "the", "its", "what's", "whats",
    }.Select(Stem.Of)];

    /// <summary>
    /// "list the programmes", "what programmes are there", "which programmes are recommended": every recommended priority with
    /// its programmes. A question naming a topic or a programme ("which programmes deal with domestic abuse") is not this list,
    /// nor one about what the partnership funded or ran ("which school programmes has the partnership funded"): that is the
    /// review of what was done, in the assessment's words.
    /// </summary>
    /// A topic's words beside "priority" name the priority's theme, not the topic ("the programmes under the violence and
    /// exploitation priority"): every priority is listed with its programmes.
    private static Understanding? ProgrammesListed(QuestionFacts q) =>
        q.Words.Any(w => w is "programmes" or "programs" or "projects" or "workstreams") && q.Has(Cues.ListAsked) && !q.Has(ProseCues.Funded)
        && (!q.NamesIndicator || q.Words.Any(w => w is "priority" or "priorities")) && q.Programmes.Count == 0 && !q.Has(Cues.FigureAsked) && !q.Has(ProseCues.Why) && !q.Has(ProseCues.WhoLeads)
            ? Understanding.Of(Intent.PriorityWalkthrough)
            : null;

    /// <summary>
    /// "the summary" in a question about the assessment's own findings ("which acquisitive crimes increased in 2017 per the
    /// summary", "what does the executive summary say about violence") is the assessment's executive summary, not the
    /// quarterly summary of outcome updates: a question that names the quarter or nothing of the assessment is the quarterly one.
    /// </summary>
    private static bool AsksForTheQuarterlySummary(QuestionFacts q) =>
        q.Has(Cues.ShowSummary) && !q.Has(Cues.ExecutiveSummary)
        && (q.Has(Cues.QuarterlySummary)
            || !(q.NamesIndicator || q.Programmes.Count > 0 || TopicGroups.In(q) is not null || q.Has(Cues.Up) || q.Has(Cues.Down)));

    /// <summary>
    /// "which crime is the most common", "what are the highest volume crimes", "which property crime is the smallest": the topics (of
    /// a group when one is named) in order of the counts the assessment prints, or of its rates when a rate is asked ("which crime
    /// has the highest rate"). Never a move ("the biggest rise"), a peer or
    /// national comparison, a place, or one topic's own figure.
    /// </summary>
    private static Understanding? VolumeRanking(QuestionFacts q)
    {
        var largest = q.Has(Cues.LargestVolume);
        if (largest == q.Has(Cues.SmallestVolume) || !(q.Has(Cues.CrimeNouns) || q.Has(Cues.ListNouns))
            || q.Has(Cues.Up) || q.Has(Cues.Down) || q.Has(Cues.MoversNoun) || q.Has(Cues.Compare) || q.Has(Cues.National)
            || q.Place is not null || q.Programmes.Count > 0
            // "which year had the fewest DA incidents": a time of one run of years, not an order of topics.
            || q.Stems.Any(s => s is "year" or "years" or "when" or "quarter" or "quarters" or "month" or "months" or "period"))
        {
            return null;
        }

        var group = TopicGroups.In(q);
        if (q.NamesIndicator && !(group is not null && TopicGroups.NamesOnlyTheGroup(q)))
        {
            return null;
        }

        return new Understanding(Intent.TopicList)
        {
            Filter = new ListFilter { ByVolume = largest ? VolumeOrder.LargestFirst : VolumeOrder.SmallestFirst, Category = group, Rates = q.Has(Cues.Rate) },
        };
    }

    /// <summary>
    /// "how many thefts were there in 2017", "how many property crimes", "how many assaults": a count asked of a group of topics that
    /// names none of them is each topic's printed count, largest first (never a total SafetyBot would have to add up).
    /// </summary>
    private static Understanding? GroupCounts(QuestionFacts q) =>
        !q.Has(Cues.Volume) || q.NamesIndicator || q.Programmes.Count > 0 || q.Place is not null || q.Uncovered is not null
        || q.Has(Cues.Up) || q.Has(Cues.Down) || q.Has(Cues.Compare) || q.Has(Cues.National) || q.Has(Cues.Rate)
        || TopicGroups.In(q) is not { } group
            ? null
            : new Understanding(Intent.TopicList) { Filter = new ListFilter { ByVolume = VolumeOrder.LargestFirst, Category = group } };

    /// <summary>"which acquisitive crimes increased", "what violent crimes went down": the movers of one group of topics.</summary>
    private static Understanding? GroupMovers(QuestionFacts q)
    {
        var up = q.Has(Cues.Up);
        var down = q.Has(Cues.Down);
        if (!(up || down) || !q.Has(Cues.ListNouns) || !q.Has(Cues.ListAsked) || q.Has(Cues.Compare)
            || TopicGroups.In(q) is not { } group || !TopicGroups.NamesOnlyTheGroup(q))
        {
            return null;
        }

        return new Understanding(Intent.Movers)
        {
            Filter = new ListFilter { Direction = up == down ? null : up ? MoveDirection.Up : MoveDirection.Down, Category = group },
        };
    }

    /// <summary>"key concerns about violence", "what are the emerging issues for property crime": the findings on one group.</summary>
    private static Understanding? GroupConcerns(QuestionFacts q) =>
        q.Has(Cues.Concerns) && !q.Has(ProseCues.Why) && !q.Has(ProseCues.Caveat) && !q.Has(Cues.Caveats) && !q.Has(Cues.FigureAsked)
        // "what's the issue with drug and alcohol treatment data": the group's data asked what is wrong with it, its caveats (below).
        && !AsksAMeasuresShortcomings(q)
        && TopicGroups.In(q) is { } group && TopicGroups.NamesOnlyTheGroup(q) && !NamesAProgrammeOfTheGroup(q)
            ? new Understanding(Intent.Findings) { Filter = new ListFilter { Category = group } }
            : null;

    /// <summary>
    /// Whether a programme is named in the group's words ("adult exploitation" is programme 1.2, Exploitation of adults; "the
    /// adult exploitation task and finish group"): the programme is asked about, not the group's findings.
    /// </summary>
    private static bool NamesAProgrammeOfTheGroup(QuestionFacts q) =>
        q.Programmes.Any(m => m.Topics[0].Id.Contains('.', StringComparison.Ordinal));

    [GeneratedRegex(@"\b(?:more\s+than|over|above|greater\s+than|at\s+least|exceeding|beyond)\s+(?<n>\d+(?:\.\d+)?)\s*(?:%|per\s*cent|percent|pc)", RegexOptions.None)]
    private static partial Regex Threshold();
}
