using System.Collections.Frozen;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// The row of <see cref="IntentRules.Ordered"/> for the first questions a member asks of the whole assessment in everyday
/// words, naming no topic: an overview ("give me the headline figures", "summarise the assessment", "what's the overall
/// picture"), the worries ("what are the biggest problems"), how the city stands ("what are we worst at", "where are we doing
/// well") and which way things are going ("what's getting worse", "any good news?").
/// </summary>
public static partial class IntentRules
{
    /// <summary>
    /// The overview and judgement questions of the whole assessment: the key findings for an overview or the worries, the
    /// similar-areas standing for how the city does, the risers or fallers for which way things go. Only with no topic, programme,
    /// group of topics or other area named, nothing of the asker's own ("summarise my emails"), and nothing else asked (why, a
    /// recommendation, the caveats, a definition, what it says about a subject): "is
    /// burglary getting worse" is burglary's change, "how could the recording be improved" asks the assessment's words.
    /// </summary>
    private static Understanding? OverviewInEverydayWords(QuestionFacts q)
    {
        // "is crime rising in Cambridge?", "total crime in 2017", "what's the crime rate": crime as a whole. The assessment gives no
        // total or rate for all crime: its figures are topic by topic, so a count or rate is a measure it does not give, and which
        // way crime went is answered topic by topic (the risers and the fallers), never as a total it would have to add up.
        if (AsksOfCrimeAsAWhole(q))
        {
            // "crime figures for 2017" names no total: the row for figures of a period asks which topic. "Has overall crime fallen"
            // asks which way, not how much.
            var howMuch = q.Words.Any(w => w is "total" or "totals" or "rate" or "rates" or "level" or "levels" or "amount" or "much" or "many");
            var whole = q.Words.Any(w => w is "all" or "overall" or "whole");
            var whichWay = q.Has(Cues.Up) || q.Has(Cues.Down) || q.Has(Cues.Change);
            return howMuch || (whole && !whichWay)
                ? new Understanding(Intent.NotCovered) { Gap = new NoFigureGap(GapKind.Measure, Measure: "all crime in Cambridge City as a whole (a total or a rate)") }
                : q.Has(Cues.FigureAsked) ? null : Understanding.Of(Intent.Movers);
        }

        if (q.Programmes.Count > 0 || TopicGroups.In(q) is not null || q.Place is not null || q.Rest.Count > 10 || q.Has(Cues.Compare)
            || q.Has(Cues.National) || q.Has(Cues.MeasureSources)
            || q.Has(Cues.Pronouns) || q.Has(ProseCues.Why) || q.Has(ProseCues.Recommend) || q.Has(Cues.Caveats)
            || q.Has(ProseCues.Definition) || q.Has(ProseCues.DefinitionAsked) || q.Has(ProseCues.SayAbout) || q.Has(ProseCues.SubjectAsked)
            || q.Has(GapCues.Mine))
        {
            return null;
        }

        // "what are we worst at", "any good news?": asked of everything, with a word that asks which; "are we good at recording
        // crime", "has crime recording improved" ask about one thing the assessment describes, and are left to the rows below.
        // "where are we doing well on theft", "what's getting worse for young people": a word beyond the judgement names what is
        // judged, so it is not the whole city's standing or direction; those questions are left to the rows below.
        var ofEverything = AsksWhichOfEverything(q) && NamesNothingMore(q);
        if (ofEverything && q.Has(Cues.Standing))
        {
            return Understanding.Of(Intent.Compare);
        }

        var worse = q.Has(Cues.GettingWorse);
        var better = q.Has(Cues.GettingBetter);
        if (ofEverything && worse != better)
        {
            return new Understanding(Intent.Movers)
            {
                Filter = new ListFilter { Direction = worse ? Knowledge.MoveDirection.Up : Knowledge.MoveDirection.Down },
            };
        }

        // "what should we be worried about (in the city)", but not "should I be worried about walking home at night". The words
        // of the key findings themselves ("key findings", "emerging trends") are the later "key findings" row's: the prose rows
        // come first for them ("what were the key findings of the CVS").
        var worries = q.Has(Cues.OverallConcerns) && q.Stems.Count - Cues.OverallConcerns.EndIn(q.Stems) <= 3 && NamesNothingMore(q);
        return q.Has(Cues.Overview) || worries ? Understanding.Of(Intent.Findings) : null;
    }

    /// <summary>
    /// Whether the question asks only of crime as a whole: a crime word, and otherwise only words of how much, which way, when
    /// and where in the city ("is crime going up or down in Cambridge", "how much crime is there", "total crime 2017"). Any
    /// other word ("why", "recorded crime nationally", "crime in the night-time economy") leaves it to the rows below.
    /// </summary>
    private static bool AsksOfCrimeAsAWhole(QuestionFacts q) =>
        q.Words.Any(w => w is "crime" or "crimes") && q.Period.Quarter is null
        && q.Words.All(w => CrimeAsAWholeWords.Contains(w) || (w.Length == 4 && int.TryParse(w, out var year) && year is > 1990 and < 2100));

    /// <summary>
    /// Words of a question about the whole city that name nothing in it: asking words, the city itself, now and the year, and
    /// crime in general. Both <see cref="CrimeAsAWholeWords"/> and <see cref="OverviewWords"/> start from them.
    /// </summary>
    private static readonly string[] WordsThatNameNothing =
    [
        "crime", "crimes", "overall", "all", "in", "of", "the", "a", "is", "are", "was", "were", "has", "have", "had",
        "been", "did", "does", "do", "what", "what's", "whats", "there", "cambridge", "city", "here", "locally",
        "generally", "going", "gone", "or", "and", "getting", "got", "doing", "last", "this", "year", "at", "moment",
        "now", "right", "our", "we", "tell", "me", "so", "far", "please", "on", "for", "from", "to", "i", "can", "you",
        "give", "show",
    ];

    /// <summary>
    /// The words a question of crime as a whole may hold besides a year (see <see cref="AsksOfCrimeAsAWhole"/>): those that
    /// name nothing, and words of how much, which way and compared with what.
    /// </summary>
    private static readonly FrozenSet<string> CrimeAsAWholeWords = WordsThatNameNothing.Concat(new[]
    {
        "total", "totals", "how", "how's", "hows", "much", "many", "level", "levels", "rate", "rates", "amount",
        "figure", "figures", "number", "numbers", "stats", "statistics", "local", "general", "go", "went", "up",
        "down", "rising", "rise", "risen", "rose", "falling", "fall", "fallen", "fell", "increasing", "increase",
        "increased", "decreasing", "decrease", "decreased", "worse", "better", "changed", "change", "changing",
        "trend", "trends", "years", "whole", "as", "about", "per", "1000", "1,000", "population", "people", "recorded",
        "police", "higher", "lower", "than", "before", "previous", "since", "compared", "with", "state", "picture",
        "like",
    }).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether every word of the question is a judgement's word or one that names nothing ("what are we worst at").</summary>
    private static bool NamesNothingMore(QuestionFacts q) => q.Stems.All(OverviewWords.Contains);

    /// <summary>The words a judgement of the whole city may hold: its cues' words and words that name nothing.</summary>
    private static readonly FrozenSet<string> OverviewWords = WordsThatNameNothing.Concat(new[]
    {
        "which", "where", "any", "anything", "everything", "us", "an", "most", "news", "currently", "things", "thing",
        "areas", "area", "topics", "topic", "really", "lately", "recently", "be", "being", "should", "it", "they",
        "them",
    }).Select(Stem.Of)
        .Concat(Cues.Standing.Words).Concat(Cues.GettingWorse.Words).Concat(Cues.GettingBetter.Words).Concat(Cues.OverallConcerns.Words)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the question asks which of everything: it opens with a word that asks which, or names "anything".</summary>
    private static bool AsksWhichOfEverything(QuestionFacts q) =>
        q.Words is [var first, ..] && (first is "what" or "what's" or "whats" or "which" or "where" or "any" or "anything"
            || q.Words.Contains("anything") || q.Words.Contains("everything"));
}
