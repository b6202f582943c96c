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

    /// <summary>Words that join the words of a name and name nothing themselves.</summary>
    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal) { "the", "and", "our", "its", "their" };

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

        if (QuarterOfTheSameTable(understanding, context) is { } quarter)
        {
            // "begging in the city centre in Q2", then "how many had any of the keywords?": the other row, of the same quarter.
            return understanding with { Period = quarter };
        }

        if (understanding.FromCard || understanding.Topic is not null || understanding.Candidates.Count > 0
            || !FollowUpResolver.IndicatorIntents.Contains(understanding.Intent)
            || context?.Topic is not { } last || store.FindIndicator(last) is not { } current)
        {
            return understanding;
        }

        var all = TextNormalizer.Tokens(text ?? string.Empty).Select(Stem.Of).ToList();
        var stems = all.Where(s => s.Length >= 3 && !Asking.Contains(s)).ToHashSet(StringComparer.Ordinal);
        // "how do we sit against the MSG on that" after violence with injury: "against the" is a pair of asking words, which names
        // no topic (it is in "violence against the person"); a pair sets a sibling apart only with a word that names.
        var pairs = Pairs([string.Join(' ', all)]).Where(p => p.Split(' ').Any(w => w.Length >= 3 && !Asking.Contains(w) && !Joining.Contains(w)))
            .ToHashSet(StringComparer.Ordinal);
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
            || context?.Topic is not { } last || store.FindIndicator(last) is not { } part)
        {
            return null;
        }

        var stems = TextNormalizer.Tokens(text ?? string.Empty).Select(Stem.Of).ToList();
        var had = Cues.HadThem.AnyIn(stems) || HadAPronoun(stems);

        // "what % of all ASB is that?", "what share of city centre ASB were those?" after a row of a table of shares: the pronoun is
        // the row, the topic named the whole it is a share of.
        // "and as a proportion of all ASB?" after a row: a share asked as a follow-up, the whole named (the recogniser marks it so).
        var shareOfIt = !had && IsAShareOfAWhole(part)
            && ((Cues.TableShareOf.AnyIn(stems) && stems.Any(PointingWords.Contains)) || understanding is { Cell: not null, FollowUp: true });
        if (!had && !shareOfIt)
        {
            return null;
        }

        var named = understanding.Topic is { } topic ? store.FindIndicator(topic) : null;
        return named is null ? understanding.Topic is null && understanding.Candidates.Count == 0 && had ? last : null
            : named.Id != part.Id && string.Equals(named.Category, part.Category, StringComparison.Ordinal) ? last
            : null;
    }

    /// <summary>
    /// The conversation's quarter when <paramref name="understanding"/> names, with no period, another row of the table of shares
    /// the conversation's topic is a row of (the same section and area); else null.
    /// </summary>
    private PeriodSlots? QuarterOfTheSameTable(Understanding understanding, QuestionContext? context)
    {
        if (understanding.FromCard || !understanding.Period.IsEmpty || !FollowUpResolver.IndicatorIntents.Contains(understanding.Intent)
            || understanding.Topic is not { } topic || context is not { Topic: { } last, LastPeriod: { Quarter: not null } lastPeriod }
            || string.Equals(topic, last, StringComparison.Ordinal) || store.FindIndicator(topic) is not { } named || store.FindIndicator(last) is not { } row
            || !IsAShareOfAWhole(named) || !IsAShareOfAWhole(row))
        {
            return null;
        }

        var table = store.Figures(row.Id).Select(o => (o.Area, o.Provenance.Section)).ToHashSet();
        return store.Figures(named.Id).Any(o => table.Contains((o.Area, o.Provenance.Section))) ? lastPeriod : null;
    }

    /// <summary>Words that point to what was just answered.</summary>
    private static readonly HashSet<string> PointingWords = new[] { "that", "this", "those", "these", "them", "they", "it" }
        .Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words that say what the things counted had ("had", "included", "involving", "mentioned", "with", "featuring").</summary>
    private static readonly HashSet<string> HavingWords = new[]
    {
        "had", "has", "have", "having", "with", "include", "included", "includes", "including", "involve", "involved", "involves",
        "involving", "mention", "mentioned", "mentions", "mentioning", "contain", "contained", "contains", "containing", "feature",
        "featured", "features", "featuring", "flagged", "tagged", "cite", "cited", "citing", "use", "used", "using", "show", "showed",
        "showing", "match", "matched", "matching", "reference", "referenced", "referencing",
    }.Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words between a word of having and the pronoun: "included one of those", "had any of these", "with all of them".</summary>
    private static readonly HashSet<string> HavingFiller = new[] { "any", "one", "of", "all", "some", "either", "at", "least", "or", "more", "the" }
        .Select(Stem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>A word of having followed, past a few words such as "one of", by a pronoun: "included one of those", "with any of these".</summary>
    private static bool HadAPronoun(IReadOnlyList<string> stems)
    {
        for (var i = 0; i < stems.Count; i++)
        {
            if (!HavingWords.Contains(stems[i]))
            {
                continue;
            }

            var j = i + 1;
            while (j < stems.Count && j - i <= 4 && HavingFiller.Contains(stems[j]))
            {
                j++;
            }

            if (j < stems.Count && PointingWords.Contains(stems[j]) && stems[j] != Stem.Of("it"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="indicator"/>'s figures are shares of a whole in a table of one part of the city (no city-wide figure).</summary>
    private bool IsAShareOfAWhole(Indicator indicator)
    {
        var figures = store.Figures(indicator.Id);
        return figures.Any(o => o.Measure == Measure.Proportion) && figures.All(o => o.Area != Area.CambridgeCity);
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
