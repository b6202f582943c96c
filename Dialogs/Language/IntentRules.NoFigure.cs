using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>The row of <see cref="IntentRules.Ordered"/> for figures of things the assessment names but gives no figure for (issue 13).</summary>
public static partial class IntentRules
{
    /// <summary>
    /// "KSI numbers for the city", "how many children saw Chelsea's Choice", "how many White Ribbon ambassadors were
    /// recruited": a figure asked of a glossary term or a programme, with no indicator named. The assessment gives figures
    /// only for its indicators, so the honest answer is that it has none, with what it does have on that subject. Not when
    /// the question counts crimes or offences (the term is then a kind of count, "police recorded crimes"), compares,
    /// ranks, asks for the national picture or names a survey or comparison tool (the term is then a measure whose figures
    /// the assessment quotes, "MSG average", "CSEW estimate"), or asks what the assessment
    /// says or what a word means (answered from its words).
    /// </summary>
    private static Understanding? FigureOfANamedSubject(QuestionFacts q)
    {
        if (!q.Has(Cues.FigureAsked) || CountsCrimes(q) || q.Has(Cues.MeasureSources) || q.Has(Cues.Compare) || q.Has(Cues.Ranking) || q.Has(Cues.National)
            || q.Has(ProseCues.SayAbout) || q.Has(ProseCues.DefinitionAsked) || q.Has(ProseCues.Definition) || ProgrammeCode().IsMatch(q.Folded))
        {
            return null;
        }

        if (q.Programmes is [var programme, ..] && programme.Topics[0].Id.Contains('.', StringComparison.Ordinal))
        {
            return new Understanding(Intent.NotCovered) { Topic = programme.Topics[0].Id, Asked = Intent.Priority };
        }

        return q.GlossaryTerms is [var term, ..] && NamedWhole(q, term)
            ? new Understanding(Intent.NotCovered) { Topic = term.Topics[0].Id, Asked = Intent.Glossary }
            : null;
    }

    /// <summary>
    /// True when the question counts crimes or incidents: a crime noun outside the glossary term it names, or ending it
    /// ("police recorded crimes"); "organised crime groups" counts groups.
    /// </summary>
    private static bool CountsCrimes(QuestionFacts q)
    {
        var term = q.GlossaryTerms.FirstOrDefault();
        var outside = term is null ? q.Stems : QuestionFacts.WithoutWordsOf(q.Stems, [term]);
        return Cues.CrimeNouns.AnyIn(outside) || (term is not null && Cues.CrimeNouns.AnyIn([q.Stems[term.Start + term.Length - 1]]));
    }

    /// <summary>
    /// True when <paramref name="match"/> is a whole name of its topic, not one distinctive word of a longer name ("most" is
    /// not the most similar group): a whole name scores more than the letters it matches.
    /// </summary>
    private static bool NamedWhole(QuestionFacts q, TopicMatch match) =>
        match.Score > q.Stems.Skip(match.Start).Take(match.Length).Sum(s => s.Length);
}
