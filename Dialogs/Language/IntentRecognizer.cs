using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// SafetyBot's recogniser of typed questions: small talk, then the first rule of
/// <see cref="IntentRules.Ordered"/> that matches the question's <see cref="QuestionFacts"/> (cue
/// words, topics of the Knowledge vocabulary with synonyms, abbreviations and slips of one or two
/// letters, and the period). Pure and thread-safe: conversation context (follow-ups) is applied
/// afterwards by <see cref="FollowUpResolver"/>.
/// </summary>
public sealed class IntentRecognizer : IIntentRecognizer
{
    /// <summary>
    /// The longest text recognised, in characters (the longest question of the evaluation sets is under 200): a longer
    /// message is a pasted text, not one question, and is understood as <see cref="Intent.LongMessage"/> without
    /// being read, so that understanding takes bounded time whatever arrives.
    /// </summary>
    public const int MaxTextLength = 1000;

    private readonly IVocabularySource _source;
    private VersionedVocabulary _current;

    /// <summary>Creates the recogniser over the topics of <paramref name="source"/>.</summary>
    public IntentRecognizer(IVocabularySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        var version = source.Version;
        _current = new VersionedVocabulary(version, new Vocabulary(source.Terms(), source.AssessmentWords(), source.UncoveredPlaces()));
    }

    /// <summary>
    /// The vocabulary in use: rebuilt from the source when its version has changed (after a seed or
    /// an import), so topics added or renamed in Knowledge are understood at once.
    /// </summary>
    public Vocabulary Vocabulary
    {
        get
        {
            var current = Volatile.Read(ref _current);
            var version = _source.Version;
            if (current.Version == version)
            {
                return current.Vocabulary;
            }

            var rebuilt = new VersionedVocabulary(version, new Vocabulary(_source.Terms(), _source.AssessmentWords(), _source.UncoveredPlaces()));
            Volatile.Write(ref _current, rebuilt);
            return rebuilt.Vocabulary;
        }
    }

    /// <summary>The version of the vocabulary <see cref="Recognize"/> uses now.</summary>
    public long VocabularyVersion => _source.Version;

    /// <inheritdoc />
    public Understanding Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            return Understanding.Of(Intent.LongMessage);
        }

        var words = TextNormalizer.Tokens(text);
        if (words.Count == 0)
        {
            return Understanding.Of(SmallTalk.Match(text) ?? Intent.Unknown);
        }

        if (SmallTalk.Match(string.Join(' ', words)) is { } smallTalk)
        {
            return Understanding.Of(smallTalk);
        }

        var vocabulary = Vocabulary;
        var question = new QuestionFacts(text, words, vocabulary);
        foreach (var rule in IntentRules.Ordered)
        {
            if (rule.AppliesTo(question) && rule.Match(question) is { } understood)
            {
                understood = understood with
                {
                    Period = understood.Period.IsEmpty ? question.Period : understood.Period,
                    FollowUp = understood.FollowUp || question.FollowUp,
                    RateBasis = question.RateBasis,
                };
                return rule.Topic == TopicNeed.Ignored || !question.NamesIndicator
                    ? understood
                    : WithIndicator(understood, question, vocabulary);
            }
        }

        return new Understanding(Intent.Unknown) { Period = question.Period, FollowUp = question.FollowUp };
    }

    private sealed record VersionedVocabulary(long Version, Vocabulary Vocabulary);

    /// <summary>
    /// The named indicator becomes the topic; when several fit equally well, SafetyBot asks which
    /// (<see cref="Intent.Clarify"/>), remembering what was asked, unless the question's other words set one apart
    /// (<see cref="Vocabulary.Settle"/>).
    /// </summary>
    private static Understanding WithIndicator(Understanding understood, QuestionFacts question, Vocabulary vocabulary)
    {
        var matches = question.Indicators;
        var best = matches[0];
        var rivals = matches.Skip(1).Where(m => m.Score == best.Score).SelectMany(m => m.Topics);
        var candidates = best.Topics.Concat(rivals).Distinct().ToList();
        if (candidates.Count > 1 && vocabulary.Settle(candidates, matches, question.Rest) is { } apart)
        {
            return understood with { Topic = apart.Id };
        }

        // Another area asked of a topic several indicators share ("the domestic abuse rate in Peterborough"): the assessment
        // covers none of them there, so the answer is the same whichever is meant; never "which one?".
        if (candidates.Count > 1 && understood is { Intent: Intent.NotCovered, Place: not null })
        {
            return understood with { Candidates = [.. candidates.Select(c => c.Id)] };
        }

        return candidates.Count == 1
            ? understood with { Topic = candidates[0].Id }
            : understood with { Intent = Intent.Clarify, Asked = understood.Intent, Candidates = [.. candidates.Select(c => c.Id)] };
    }
}
