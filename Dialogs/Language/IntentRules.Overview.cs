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
        if (q.Programmes.Count > 0 || TopicGroups.In(q) is not null || q.Place is not null || q.Rest.Count > 10
            || q.Has(Cues.Pronouns) || q.Has(ProseCues.Why) || q.Has(ProseCues.Recommend) || q.Has(Cues.Caveats)
            || q.Has(ProseCues.Definition) || q.Has(ProseCues.DefinitionAsked) || q.Has(ProseCues.SayAbout) || q.Has(ProseCues.SubjectAsked)
            || q.Has(GapCues.Mine))
        {
            return null;
        }

        // "what are we worst at", "any good news?": asked of everything, with a word that asks which; "are we good at recording
        // crime", "has crime recording improved" ask about one thing the assessment describes, and are left to the rows below.
        var ofEverything = AsksWhichOfEverything(q);
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
        var worries = q.Has(Cues.OverallConcerns) && q.Stems.Count - Cues.OverallConcerns.EndIn(q.Stems) <= 3;
        return q.Has(Cues.Overview) || worries ? Understanding.Of(Intent.Findings) : null;
    }

    /// <summary>Whether the question asks which of everything: it opens with a word that asks which, or names "anything".</summary>
    private static bool AsksWhichOfEverything(QuestionFacts q) =>
        q.Words is [var first, ..] && (first is "what" or "what's" or "whats" or "which" or "where" or "any" or "anything"
            || q.Words.Contains("anything") || q.Words.Contains("everything"));
}
