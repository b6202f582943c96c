using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>The row of <see cref="IntentRules.Ordered"/> for one kind of a topic that the assessment gives only against similar areas (issue 13).</summary>
public static partial class IntentRules
{
    /// <summary>
    /// Words of racially or religiously aggravated offences: the one kind of hate crime the assessment gives a figure for, its rate
    /// against the most similar group (iQuanta), never a count and never the rate of all hate crime.
    /// </summary>
    private static readonly CueSet RaciallyOrReligiously = new(
        "racially", "religiously", "racist", "race hate", "race-hate", "racially motivated", "religiously motivated");

    /// <summary>
    /// "what is the rate of racially aggravated offences", "how bad is racist crime here", "religiously aggravated offences per
    /// 1,000": the kind of hate crime whose only figure is the similar-areas comparison (Cambridge City placed 3 of 15, 1.33 per
    /// 1,000 population against the group's 0.99), so that is the answer, labelled as that kind; never the rate of all hate crime
    /// (cohesion) as if it were that kind's. A count of that kind is a measure not given (<see cref="MeasureNotGiven"/>, above);
    /// what the assessment says or why is its words.
    /// </summary>
    private static Understanding? OneKindAgainstSimilarAreas(QuestionFacts q) =>
        q.Has(RaciallyOrReligiously) && q.SettledIndicator is { } topic && q.Stems.Any(s => RaciallyOrReligiously.Words.Contains(s, StringComparer.Ordinal) && q.TopicNamesUse(topic, s))
        && !q.Has(MeasureCues.Count) && !AsksProse(q) && !q.Has(Cues.National) && q.Place is null
        && (AsksAFigure(q) || q.Has(Cues.Rate) || q.Has(Cues.Compare))
            ? new Understanding(Intent.Compare) { Topic = topic.Id }
            : null;
}
