using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>The row of <see cref="IntentRules.Ordered"/> for two topics asked about in one question (issue 13).</summary>
public static partial class IntentRules
{
    /// <summary>
    /// Words that join two topics in one question: "burglary or shoplifting", "DV offences vs DA incidents". Not "with",
    /// "to" or "against": they qualify one topic by another ("violence linked to the night-time economy").
    /// </summary>
    private static readonly CueSet TopicJoins = new("or", "vs", "v", "versus", "and", "than", "compared", "nor");

    /// <summary>Words that measure topics against something else: "the county average", "the group average".</summary>
    private static readonly CueSet ThirdParty = new("average", "averages", "mean");

    /// <summary>
    /// "which rose more, burglary or shoplifting?", "DV offences vs DA incidents: which grew faster", "is shoplifting higher than
    /// theft from the person": two indicators named in different words, joined by "or", "vs", "and", "than"..., and the
    /// question weighs them ("which", "more", "both", "vs"): a question that only lists two topics is left to the rows for
    /// one. Both are
    /// answered (each with its own card, the figures from the store with their periods), never only the stronger match. The
    /// kind of figure (change, count, rate, similar areas, national) is read from the rest of the question as for one topic.
    /// </summary>
    private static Understanding? TwoTopics(QuestionFacts q)
    {
        // Not a table's sub-groups ("what proportion of Q1 city centre ASB mentioned begging"), nor two topics measured
        // against a third (a county or national average, another area), nor what could be done, the caveats or the findings
        // about two topics, nor a group named by its own words ("drug and alcohol treatment" is one subject): those rows
        // read the question whole.
        if (q.Indicators is not [var first, ..] || first.Topics.Count != 1 || TableProportion(q) is not null
            || q.Place is not null || q.Has(Cues.National) || q.Has(ThirdParty)
            || q.Has(Cues.Opportunities) || q.Has(Cues.Caveats) || q.Has(Cues.Findings) || AsksProse(q)
            || (TopicGroups.NamesOnlyTheGroup(q) && !q.Has(EachOfTheTwo)))
        {
            return null;
        }

        var second = q.Indicators.Skip(1).FirstOrDefault(m =>
            m.Topics.Count == 1 && m.Topics[0].Id != first.Topics[0].Id && !Overlap(m, first));
        if (second is not null && (IsDenominator(q, first) || IsDenominator(q, second)))
        {
            return null;
        }

        if (second is null || !JoinedBetween(q, first, second))
        {
            return null;
        }

        var (a, b) = first.Start < second.Start ? (first, second) : (second, first);
        var rest = QuestionFacts.WithoutWordsOf(q.Stems, [first, second]);
        // "violence and sexual offences", "how many violent and sexual crimes?", "shoplifting and burglary in 2017": two topics
        // listed with "and", and nothing asked but their figures (of a period), are both answered, never only one.
        var asking = rest.Where(s => !s.Any(char.IsDigit) && !IsPeriodWord(s) && !ListingFiller.AnyIn([s])).ToArray();
        // "how did burglary and vehicle crime change?", "what happened with shoplifting and burglary?": how the two moved, asked in
        // words of asking alone, is both too.
        if (!q.Has(Weighed) && !(ListedWithAnd(q, first, second) && (asking.Length == 0 || Cues.FigureAsked.AnyIn(rest) || asking.All(w => HowTheyMoved.AnyIn([w])))))
        {
            return null;
        }

        var asked = Cues.Compare.AnyIn(rest) || Cues.Ranking.AnyIn(rest) ? Intent.Compare
            : Cues.National.AnyIn(rest) ? Intent.National
            : q.Period.Quarter is not null || q.Period.YearToDate || Cues.Quarters.AnyIn(rest) ? Intent.Quarters
            : Cues.Rate.AnyIn(rest) ? Intent.Rate
            : (q.Period.IsRange && !(q.Period is { FromYear: not null, ToYear: null } && Cues.ChangeVerbs.AnyIn(rest))) || Cues.Series.AnyIn(rest) ? Intent.Series
            : (Cues.Volume.AnyIn(rest) || Size.AnyIn(rest)) && !Cues.ChangeVerbs.AnyIn(rest) && !Cues.Up.AnyIn(rest) && !Cues.Down.AnyIn(rest) ? Intent.Volume
            : Intent.Change;
        return new Understanding(Intent.CompareTopics)
        {
            Topic = a.Topics[0].Id,
            Candidates = [a.Topics[0].Id, b.Topics[0].Id],
            Asked = asked,
        };
    }

    /// <summary>True when the question asks what the assessment says rather than a figure ("what does it say about X and Y").</summary>
    private static bool AsksProse(QuestionFacts q) =>
        q.Has(ProseCues.SayAbout) || q.Has(ProseCues.DocumentSaid) || q.Has(ProseCues.Why) || q.Has(ProseCues.WhoLeads) || q.Has(ProseCues.When)
        || q.Has(ProseCues.Definition) || q.Has(ProseCues.DefinitionAsked) || q.Has(ProseCues.Recommend) || q.Has(ProseCues.Activities)
        || q.Has(ProseCues.Survey) || q.Has(ProseCues.Caveat);

    /// <summary>Words that weigh one topic against the other: "which rose more", "grew faster", "both", "vs".</summary>
    private static readonly CueSet Weighed = new(
        "which", "more", "less", "faster", "slower", "higher", "lower", "bigger", "larger", "smaller", "worse", "better", "both",
        "vs", "versus", "compared", "than", "difference", "each");

    /// <summary>Words that set another area against Cambridge City: "city vs Cambridgeshire", "lower than ours".</summary>
    private static readonly CueSet CityWeighed = new("vs", "versus", "v", "compared", "compare", "than", "against", "city", "ours");

    /// <summary>
    /// True when a question about another area weighs it against the city ("vehicle crime: city vs Cambridgeshire"): the
    /// answer then shows Cambridge City's own figure beside the one quoted for the area; asked of the area alone, never.
    /// </summary>
    private static bool AgainstTheCity(QuestionFacts q) => q.Has(CityWeighed);

    /// <summary>Words that name what a rate is per ("the population", "residents"): a figure measured against them, not a second topic.</summary>
    private static readonly CueSet Denominators = new("population", "residents", "resident", "people", "head", "households", "dwellings", "inhabitants");

    /// <summary>True when <paramref name="match"/> is named only by <see cref="Denominators"/> ("burglary compared to the population").</summary>
    private static bool IsDenominator(QuestionFacts q, TopicMatch match) =>
        q.Stems.Skip(match.Start).Take(match.Length).All(s => Denominators.Words.Contains(s, StringComparer.Ordinal));

    private static bool Overlap(TopicMatch x, TopicMatch y) =>
        x.Start < y.Start + y.Length && y.Start < x.Start + x.Length;

    /// <summary>Words around two listed topics that ask nothing of their own: "in", "for", "please", "the quarter".</summary>
    private static readonly CueSet ListingFiller = new(
        "and", "in", "for", "of", "the", "during", "over", "from", "please", "quarter", "year", "figure", "figures", "number", "numbers");

    /// <summary>
    /// Words that ask only how topics moved or are doing ("how did ... change", "what happened with ...", "how are ... doing",
    /// "tell me about ...", before the topics or after them: "... how did they change"): listed with "and", the two topics are both answered.
    /// </summary>
    private static readonly CueSet HowTheyMoved = new(
        "how", "did", "has", "have", "had", "what", "whats", "what's", "happened", "happening", "doing", "going", "are", "is", "were",
        "was", "with", "to", "tell", "me", "about", "change", "changed", "changing", "trend", "trending", "look", "looking", "looked",
        "go", "went", "gone", "been", "up", "down", "moved", "fared", "faring", "compare", "last", "this", "us", "give", "show",
        "latest", "on", "at", "so", "far", "a", "an",
        // "burglary and vehicle crime: how did they change?": the asking words after the topics point back to both.
        "they", "them", "these", "those", "do", "does", "done");

    /// <summary>
    /// Words that ask of each of two things named by a group's own words ("did drugs and alcohol both go down"): the two topics,
    /// not the group.
    /// </summary>
    private static readonly CueSet EachOfTheTwo = new("both", "each", "each of", "respectively", "separately");

    /// <summary>
    /// Words that ask the same thing again of the second topic ("how many shoplifting and how many burglaries", "the ASB number
    /// and the hate crime number"): between the two topics with "and", they still only list them.
    /// </summary>
    private static readonly CueSet AskedAgain = new(
        "how", "many", "much", "what", "whats", "what's", "about", "also", "then", "total", "count", "tally", "crimes", "offences", "there");

    /// <summary>
    /// True when the two topics are joined by "and" alone ("violence and sexual offences"), or by "and" with the same question
    /// asked again of the second ("how many shoplifting and how many burglaries", "the ASB number and the hate crime number").
    /// </summary>
    private static bool ListedWithAnd(QuestionFacts q, TopicMatch x, TopicMatch y)
    {
        var (a, b) = x.Start < y.Start ? (x, y) : (y, x);
        var between = q.Stems.Skip(a.Start + a.Length).Take(b.Start - a.Start - a.Length).ToArray();
        return between.Length > 0 && between.Length <= 4 && between.Any(s => s is "and" or "&")
            && between.All(s => s is "and" or "&" || ListingFiller.AnyIn([s]) || AskedAgain.AnyIn([s]));
    }

    /// <summary>Words that weigh two topics by their size, not their change: "which is bigger, shoplifting or burglary?".</summary>
    private static readonly CueSet Size = new(
        "bigger", "larger", "smaller", "biggest", "largest", "smallest", "more common", "most common", "less common", "commoner",
        "more frequent", "more crimes", "fewer crimes", "more of", "bigger problem", "larger problem");

    /// <summary>True when a joining word stands between the two topics' words (or "between X and Y").</summary>
    private static bool JoinedBetween(QuestionFacts q, TopicMatch x, TopicMatch y)
    {
        var (a, b) = x.Start < y.Start ? (x, y) : (y, x);
        var between = q.Stems.Skip(a.Start + a.Length).Take(b.Start - a.Start - a.Length).ToArray();
        return between.Length <= 4 && TopicJoins.AnyIn(between);
    }
}
