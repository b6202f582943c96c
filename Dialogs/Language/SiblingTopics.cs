using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// A follow-up that names a topic only by what sets it apart from the last one: after domestic
/// abuse marker crimes, "and incidents?" means domestic abuse incidents; after violence with injury,
/// "and without injury?" means violence without injury. A word sets a topic apart when it is in the
/// names of exactly one other indicator of the last topic's category, not in the last topic's own
/// names, and not a word that asks something (the cue words: "rate", "compare", "against"...).
/// </summary>
public sealed class SiblingTopics(IKnowledgeStore store)
{
    /// <summary>Words that ask rather than name: every word of the cue phrases, and short function words.</summary>
    private static readonly HashSet<string> Asking = new[]
    {
        Cues.Compare, Cues.CompareLoosely, Cues.OverTime, Cues.National, Cues.Rate, Cues.Volume, Cues.Series,
        Cues.Quarters, Cues.Change, Cues.Movers, Cues.Opportunities, Cues.FollowUp, Cues.Pronouns,
    }.SelectMany(c => c.Words).Concat(["with", "over", "same", "period", "all", "any", "for", "from", "into"]).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="understanding"/> with the sibling of <paramref name="context"/>'s topic that
    /// <paramref name="text"/> names, when it names no topic itself and names exactly one sibling.
    /// </summary>
    public Understanding Apply(Understanding understanding, QuestionContext? context, string text)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        if (PartPointedTo(understanding, context, text) is { } part)
        {
            return understanding with { Topic = part };
        }

        if (understanding.FromCard || understanding.Topic is not null || understanding.Candidates.Count > 0
            || !FollowUpResolver.IndicatorIntents.Contains(understanding.Intent)
            || context?.Topic is not { } last || store.FindIndicator(last) is not { } current)
        {
            return understanding;
        }

        var all = TextNormalizer.Tokens(text ?? string.Empty).Select(Stem.Of).ToList();
        var stems = all.Where(s => s.Length >= 3 && !Asking.Contains(s)).ToHashSet(StringComparer.Ordinal);
        var pairs = Pairs([string.Join(' ', all)]);
        var own = NameWords(current);
        var ownPairs = NamePairs(current);

        // A pair of words sets a sibling apart even when one of them also asks: after violence without injury,
        // "and with injury?" names violence with injury ("with" alone is an asking word).
        var named = store.Indicators()
            .Where(i => i.Id != current.Id && string.Equals(i.Category, current.Category, StringComparison.Ordinal))
            .Where(i => NameWords(i).Except(own).Any(stems.Contains) || NamePairs(i).Except(ownPairs).Any(pairs.Contains))
            .ToList();
        return named is [var sibling] ? understanding with { Topic = sibling.Id } : understanding;
    }

    /// <summary>
    /// The conversation's topic when <paramref name="text"/> points to it as what the things counted have ("how many city centre
    /// incidents had them in q3?" after the street-life keywords): the words name the whole (ASB in the city centre), of the same
    /// category; the part asked of is the last topic. Null otherwise.
    /// </summary>
    private string? PartPointedTo(Understanding understanding, QuestionContext? context, string text)
    {
        if (understanding.FromCard || !FollowUpResolver.IndicatorIntents.Contains(understanding.Intent)
            || context?.Topic is not { } last || store.FindIndicator(last) is not { } part
            || !Cues.HadThem.AnyIn(TextNormalizer.Tokens(text ?? string.Empty).Select(Stem.Of).ToList()))
        {
            return null;
        }

        var named = understanding.Topic is { } topic ? store.FindIndicator(topic) : null;
        return named is null ? understanding.Topic is null && understanding.Candidates.Count == 0 ? last : null
            : named.Id != part.Id && string.Equals(named.Category, part.Category, StringComparison.Ordinal) ? last
            : null;
    }

    private static HashSet<string> NamePairs(Indicator indicator) =>
        Pairs(indicator.Synonyms.Prepend(indicator.DisplayName).Select(n => string.Join(' ', TextNormalizer.Tokens(n).Select(Stem.Of))));

    /// <summary>Every two neighbouring words of <paramref name="phrases"/> (each a space-separated run of stems).</summary>
    private static HashSet<string> Pairs(IEnumerable<string> phrases) =>
        phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(w => w.Zip(w.Skip(1), (a, b) => a + " " + b))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> NameWords(Indicator indicator) =>
        indicator.Synonyms.Prepend(indicator.DisplayName)
            .SelectMany(TextNormalizer.Tokens)
            .Select(Stem.Of)
            .ToHashSet(StringComparer.Ordinal);
}
