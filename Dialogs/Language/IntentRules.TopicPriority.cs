using System.Text.RegularExpressions;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>The row of <see cref="IntentRules.Ordered"/> for whether a topic is a priority (issue 13).</summary>
public static partial class IntentRules
{
    private static readonly HashSet<string> PriorityWordStems =
        [.. new[] { "priority", "priorities", "prioritise", "prioritised", "prioritize", "prioritized", "prioritising", "prioritizing" }.Select(Stem.Of)];

    /// <summary>The first words of a question answered yes or no ("is", "should", "was"...).</summary>
    private static readonly HashSet<string> YesOrNoStarts =
        ["is", "isn't", "isnt", "are", "aren't", "was", "wasn't", "were", "should", "shouldn't", "will", "would", "does", "do", "did", "has", "have", "could", "can"];

    /// <summary>
    /// Words that ask to confirm a statement ("shoplifting is a priority, right?", "confirm that ASB is one of the priorities",
    /// "road safety is priority 1, isn't it"): the statement is the question.
    /// </summary>
    private static readonly CueSet ToConfirm = new(
        "confirm", "right", "correct", "isn't it", "isnt it", "is it not", "aren't they", "wasn't it", "is it", "are they", "was it",
        "am i right", "is it true", "true that", "i assume", "i take it", "i think", "i believe", "presumably", "surely", "yes or no",
        "yeah", "yes", "yep", "innit");

    /// <summary>Words that open a question asking what, not whether: a statement ending in "?" without them asks whether.</summary>
    private static readonly HashSet<string> AskingWhat =
        ["what", "what's", "whats", "which", "who", "who's", "how", "how's", "why", "when", "where", "list", "tell", "show", "give"];

    /// <summary>
    /// Words that ask of the priorities of the year the assessment reviews, not by a year: "was domestic abuse priority 2 last
    /// year?", "... previously", "in the review of priorities".
    /// </summary>
    private static readonly CueSet OfTheYearReviewed = new(
        "last year", "last year's", "last years", "previously", "previous", "in the review", "the review", "reviewed", "review of priorities",
        "used to be", "former", "before");

    /// <summary>
    /// Words beside the priority word that qualify it and ask no figure ("a national priority", "priority number 3", "the number
    /// one priority", "the top priority").
    /// </summary>
    [GeneratedRegex(@"\b(?:national|local|key|top|main|number|no)\s+(?=priorit|one\s+priorit|1\s+priorit)|(?<=priorit(?:y|ies)\s+)(?:number|no)\b", RegexOptions.None)]
    private static partial Regex PriorityQualifier();

    /// <summary>Words asking which priority a topic belongs to.</summary>
    private static readonly CueSet PriorityMembership = new(
        "which priority", "what priority", "what number priority", "which number priority", "what priority number", "which of the priorities", "under which priority", "fall under", "falls under", "come under",
        "comes under", "part of the priorities", "part of a priority", "among the priorities", "one of the priorities", "in the priorities");

    /// <summary>
    /// "is road safety a priority?", "should shoplifting be a priority next year", "which priority covers county lines crime",
    /// "are DA incidents one of the priorities": a topic named beside a priority word, no priority numbered and no programme
    /// named. Why it is or is not one is a prose question ("why isn't road safety a priority"), answered from its words; a figure
    /// asked ("how many burglaries, a force priority") is the figure, and how a priority's work went ("how did the DA priority go",
    /// "what was done under the violence priority", "who leads the DA priority") is the review's or the programme's words. The topic is the best named one: a shared name ("DA")
    /// asks the same of both topics, so it needs no did-you-mean.
    /// </summary>
    private static Understanding? WhetherATopicIsAPriority(QuestionFacts q)
    {
        if (TopicsAskedTogether(q) is { Count: > 1 } several && AsksWhetherAPriority(q, programmesNamed: true))
        {
            return new Understanding(Intent.TopicPriority) { Topic = several[0], Candidates = several };
        }

        return q.Indicators is [var named, ..] && (AsksWhetherAPriority(q) || WhyNotAPriority(q))
            ? new Understanding(Intent.TopicPriority) { Topic = (q.SettledIndicator ?? named.Topics[0]).Id, ReviewedYear = q.Has(OfTheYearReviewed) }
            : null;
    }

    /// <summary>
    /// "is road safety or shoplifting a priority?", "are CSE and county lines priorities", "burglary, ASB or hate crime - priorities?":
    /// the topics (indicators, each by its best topic) and programmes named one after another, joined by "or", "and" or a comma,
    /// in the order asked; each is answered. Null when fewer than two are named.
    /// </summary>
    private static List<string>? TopicsAskedTogether(QuestionFacts q)
    {
        var named = q.Indicators.Where(m => m.Topics.Count >= 1).Concat(q.Programmes.Where(m => m.Topics.Count == 1))
            .OrderBy(m => m.Start)
            .ToList();
        var apart = new List<TopicMatch>();
        foreach (var match in named)
        {
            if (apart.Count > 0 && (Overlap(apart[^1], match) || !ListedBeside(q, apart[^1], match)))
            {
                if (Overlap(apart[^1], match))
                {
                    continue;
                }

                return null;
            }

            apart.Add(match);
        }

        var ids = apart.Select(m => m.Topics[0].Kind == TopicKind.Indicator && m == q.Indicators[0] && q.SettledIndicator is { } settled ? settled.Id : m.Topics[0].Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return ids.Count > 1 ? ids : null;
    }

    /// <summary>
    /// "is domestic abuse priority 3?", "road safety is priority 1, right?", "was violence priority one in 2017/18": a topic named
    /// beside a numbered priority, asked yes or no; answered against that numbered priority first, then as whether the topic is a
    /// priority. A numbered priority asked about without a topic ("what is priority 1 about") is its card.
    /// </summary>
    private static Understanding? WhetherATopicIsTheNumberedPriority(QuestionFacts q)
    {
        if (PriorityWord().Match(q.Folded) is not { Success: true } word || PriorityNumber(q.Folded, word) is not { } number
            || !AsksYesOrNo(q) || ProgrammeCode().IsMatch(q.Folded) || AsksOfThePriority(q))
        {
            return null;
        }

        // "is county lines priority 2?": a programme named (and no stronger topic) is weighed as the programme it is.
        var topic = q.Programmes is [var programme, ..] && !(q.NamesIndicator && q.Indicators[0].Score > programme.Score) ? programme.Topics[0].Id
            : q.Indicators is [var named, ..] ? (q.SettledIndicator ?? named.Topics[0]).Id
            : null;
        // "is domestic abuse priority 1 or 3?", "moved from priority 2 to priority 3": two numbers asked, neither a yes or no alone.
        var several = SecondPriorityNumber().IsMatch(q.Folded) || PriorityWord().Matches(q.Folded).Select(m => PriorityNumber(q.Folded, m)).OfType<int>().Distinct().Count() > 1;
        return topic is null ? null : new Understanding(Intent.TopicPriority)
        {
            Topic = topic,
            PriorityNumber = several ? null : number,
            ReviewedYear = q.Has(OfTheYearReviewed),
        };
    }

    /// <summary>A second number beside a numbered priority: "priority 1 or 3", "priorities 1 and 3", "priority 2 to 3".</summary>
    [GeneratedRegex(@"\bpriorit(?:y|ies)\s+(?:no\.?\s*|number\s+|#\s*)?[1-9]\s*(?:or|and|to|/|,|&)\s*(?:priority\s+)?[1-9]\b", RegexOptions.None)]
    private static partial Regex SecondPriorityNumber();

    /// <summary>
    /// "is it a priority?", "should we prioritise it?", "was that a priority last year?" after a topic: the same question of the
    /// conversation's topic (the follow-up resolver gives it; after a programme, its priority's card).
    /// </summary>
    private static Understanding? WhetherTheLastTopicIsAPriority(QuestionFacts q) =>
        !q.NamesIndicator && (q.FollowUp || q.Has(Cues.Pronouns)) && AsksWhetherAPriority(q)
            ? new Understanding(Intent.TopicPriority) { FollowUp = true }
            : null;

    private static bool AsksWhetherAPriority(QuestionFacts q, bool programmesNamed = false) =>
        q.Words.Count > 0 && q.Stems.Any(PriorityWordStems.Contains) && (programmesNamed || q.Programmes.Count == 0)
        && (AsksYesOrNo(q) || q.Has(PriorityMembership)) && !AsksOfThePriority(q)
        && !ProgrammeCode().IsMatch(q.Folded) && !(PriorityWord().Match(q.Folded) is { Success: true } word && PriorityNumber(q.Folded, word) is not null);

    /// <summary>
    /// A question answered yes or no ("is ...", "so was ..."), a statement to confirm ("... right?", "I think ASB is priority 3"),
    /// or a statement ending in a question mark that asks no "what" or "how" ("ASB = priority 3?", "so violence isn't a priority?").
    /// </summary>
    private static bool AsksYesOrNo(QuestionFacts q) =>
        q.Words.Count > 0
        && (YesOrNoStarts.Contains(q.Words[0]) || (q.Words.Count > 1 && q.Words[0] is "so" or "and" or "but" && YesOrNoStarts.Contains(q.Words[1])) || q.Has(ToConfirm)
            || (q.Folded.TrimEnd().EndsWith('?') && !q.Words.Any(AskingWhat.Contains)));

    /// <summary>
    /// Whether the question asks of a priority's work, lead, timing, reasons or figures rather than whether a topic is one. Words
    /// that qualify the priority word ("a national priority", "priority number 3") ask no figure.
    /// </summary>
    private static bool AsksOfThePriority(QuestionFacts q)
    {
        var qualified = PriorityQualifier().IsMatch(q.Folded);
        return q.Has(ProseCues.Activities) || q.Has(ProseCues.Helping) || q.Has(ProseCues.Planned) || q.Has(ProseCues.WhoLeads) || q.Has(ProseCues.When)
            || q.Has(ProseCues.Why) || Cues.FigureAsked.AnyIn(qualified ? WithoutQualifiers(q.Stems) : q.Stems)
            || AsksForNumbers(qualified ? WithoutQualifiers(q.Rest) : q.Rest);

        static List<string> WithoutQualifiers(IReadOnlyList<string> words) => [.. words.Where(w => w is not ("national" or "local" or "number" or "no"))];
    }

    /// <summary>
    /// "why isn't road safety a priority?", "why was road safety not made a priority?": why a topic was left out of the priorities is
    /// answered by the assessment's own sentences on it as a priority, with their reason.
    /// </summary>
    private static bool WhyNotAPriority(QuestionFacts q) =>
        q.Words.Count > 0 && q.Has(ProseCues.Why) && q.Has(NotAmong) && q.Stems.Any(PriorityWordStems.Contains) && q.Programmes.Count == 0
        && !ProgrammeCode().IsMatch(q.Folded) && !q.Has(ProseCues.WhoLeads) && !q.Has(Cues.FigureAsked);

    /// <summary>True when <paramref name="after"/> follows <paramref name="before"/> directly (a comma between) or past a joining word.</summary>
    private static bool ListedBeside(QuestionFacts q, TopicMatch before, TopicMatch after)
    {
        var gap = after.Start - before.Start - before.Length;
        return gap == 0 || JoinedBetween(q, before, after);
    }

    /// <summary>
    /// Words that say a topic is left out of the priorities: "which topics are not priorities", "what isn't a priority", "why was
    /// road safety not made a priority".
    /// </summary>
    private static readonly CueSet NotAmong = new(
        "not", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "never", "no longer", "left out", "excluded", "missing from", "outside", "dropped");

    /// <summary>Words a subject of a priority question starts or ends with that are not the subject: "is the city centre a priority".</summary>
    private static readonly HashSet<string> NotTheSubject =
        ["the", "a", "an", "we", "they", "you", "our", "one", "of", "part", "among", "in", "to", "be", "being", "considered", "seen", "as", "for", "next", "this", "that", "year", "now", "still", "really", "also", "cambridge", "city's", "csp", "partnership", "?"];

    /// <summary>
    /// "which topics are not priorities", "what isn't a priority", "which crimes aren't among the priorities": the recommended
    /// priorities with their programmes, and the topics whose figures SafetyBot shows as evidence for none of them.
    /// </summary>
    private static Understanding? WhatIsNotAPriority(QuestionFacts q) =>
        !q.NamesIndicator && q.Programmes.Count == 0 && q.Words.Count > 0 && q.Words[0] is "which" or "what" or "what's" or "whats" or "list"
        && q.Stems.Any(PriorityWordStems.Contains) && q.Has(NotAmong) && !q.Has(ProseCues.Why) && !q.Has(ProseCues.Activities) && !ProgrammeCode().IsMatch(q.Folded)
            ? new Understanding(Intent.TopicPriority) { NotAmongThePriorities = true }
            : null;

    /// <summary>
    /// "is the city centre a priority?", "should street drug dealing be a priority?": a subject that names no topic, programme or
    /// term, asked whether a priority; the answer looks for it in the words of the recommended priorities and programmes (the
    /// city centre is in programme 2.1's), and says plainly when they do not name it.
    /// </summary>
    private static Understanding? WhetherASubjectIsAPriority(QuestionFacts q)
    {
        if (q.NamesIndicator || q.Programmes.Count > 0 || q.FollowUp || q.Has(Cues.Pronouns) || !AsksWhetherAPriority(q) || !YesOrNoStarts.Contains(q.Words[0]))
        {
            return null;
        }

        var words = q.Words.Select(w => w.Trim('?', '.', '!', ',')).ToList();
        var at = words.FindIndex(w => PriorityWordStems.Contains(Stem.Of(w)));
        var before = Trimmed(words.Take(at).Skip(YesOrNoStarts.Contains(words[0]) ? 1 : 0));
        var after = Trimmed(words.Skip(at + 1));
        var subject = before.Count > 0 ? before : after;
        // A term named whole ("is MARAC a priority") is left to the rows below; a word of one inside the subject ("centre") is not.
        return subject.Count is > 0 and <= 4 && q.GlossaryTerms.All(term => term.Length < subject.Count)
            ? new Understanding(Intent.TopicPriority) { UncoveredTopic = string.Join(' ', subject) }
            : null;

        static List<string> Trimmed(IEnumerable<string> span)
        {
            var list = span.Where(w => w.Length > 0).ToList();
            while (list.Count > 0 && (NotTheSubject.Contains(list[0]) || YesOrNoStarts.Contains(list[0])))
            {
                list.RemoveAt(0);
            }

            while (list.Count > 0 && (NotTheSubject.Contains(list[^1]) || YesOrNoStarts.Contains(list[^1])))
            {
                list.RemoveAt(list.Count - 1);
            }

            return list;
        }
    }
}
