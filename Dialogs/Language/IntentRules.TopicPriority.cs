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

    /// <summary>Words asking which priority a topic belongs to.</summary>
    private static readonly CueSet PriorityMembership = new(
        "which priority", "what priority", "which of the priorities", "under which priority", "fall under", "falls under", "come under",
        "comes under", "part of the priorities", "part of a priority", "among the priorities", "one of the priorities", "in the priorities");

    /// <summary>
    /// "is road safety a priority?", "should shoplifting be a priority next year", "which priority covers county lines crime",
    /// "are DA incidents one of the priorities": a topic named beside a priority word, no priority numbered and no programme
    /// named. Why it is or is not one is a prose question ("why isn't road safety a priority"), answered from its words; a figure
    /// asked ("how many burglaries, a force priority") is the figure, and how a priority's work went ("how did the DA priority go",
    /// "what was done under the violence priority", "who leads the DA priority") is the review's or the programme's words. The topic is the best named one: a shared name ("DA")
    /// asks the same of both topics, so it needs no did-you-mean.
    /// </summary>
    private static Understanding? WhetherATopicIsAPriority(QuestionFacts q) =>
        q.Indicators is [var named, ..] && AsksWhetherAPriority(q)
            ? new Understanding(Intent.TopicPriority) { Topic = (q.SettledIndicator ?? named.Topics[0]).Id }
            : null;

    /// <summary>
    /// "is it a priority?", "should we prioritise it?", "was that a priority last year?" after a topic: the same question of the
    /// conversation's topic (the follow-up resolver gives it; after a programme, its priority's card).
    /// </summary>
    private static Understanding? WhetherTheLastTopicIsAPriority(QuestionFacts q) =>
        !q.NamesIndicator && (q.FollowUp || q.Has(Cues.Pronouns)) && AsksWhetherAPriority(q)
            ? new Understanding(Intent.TopicPriority) { FollowUp = true }
            : null;

    private static bool AsksWhetherAPriority(QuestionFacts q) =>
        q.Words.Count > 0 && q.Stems.Any(PriorityWordStems.Contains) && q.Programmes.Count == 0
        && (YesOrNoStarts.Contains(q.Words[0]) || (q.Words.Count > 1 && q.Words[0] is "so" or "and" or "but" && YesOrNoStarts.Contains(q.Words[1])) || q.Has(PriorityMembership))
        && !q.Has(ProseCues.Activities) && !q.Has(ProseCues.Helping) && !q.Has(ProseCues.Planned) && !q.Has(ProseCues.WhoLeads) && !q.Has(ProseCues.When)
        && !q.Has(ProseCues.Why) && !q.Has(Cues.FigureAsked) && !AsksForNumbers(q.Rest)
        && !ProgrammeCode().IsMatch(q.Folded) && !(PriorityWord().Match(q.Folded) is { Success: true } word && PriorityNumber(q.Folded, word) is not null);
}
