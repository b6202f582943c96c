using System.Globalization;
using Microsoft.Extensions.Logging;
using SafetyBot.Cards.Passages;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Caching;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Passages;

/// <summary>
/// Answers a prose question from the assessment's own words: searches the passages (within a topic
/// when the conversation has one) and builds the passage card, or the honest "the assessment doesn't
/// say" card. Independent of how the question was understood, so a handler only passes the question
/// text, the topic and the aspect on. The answer is a function of those and the knowledge only, so the answer to a short
/// question is kept in the <see cref="KnowledgeCache"/> (keyed by the knowledge version the passage index is built from).
/// </summary>
public sealed partial class PassageAnswers(IPassageSearch search, PassageCardBuilder cards, KnowledgeCache cache, ILogger<PassageAnswers> logger)
{
    /// <summary>The reply to <paramref name="text"/>.</summary>
    /// <param name="text">The question as typed (mentions removed).</param>
    /// <param name="topicId">An indicator id, a programme code or a priority number the question is about (e.g. the conversation's last topic for "why?"); null for none.</param>
    /// <param name="aspect">What the question asks: why, who leads, when...</param>
    /// <param name="document">The title of the one document to search (an earlier assessment asked for); null for every document.</param>
    /// <param name="withinTopicOnly">True when only the topic's own passages may answer (<see cref="PassageQuery.WithinTopicOnly"/>).</param>
    public PassageAnswer Answer(string text, string? topicId, PassageAspect aspect, string? document = null, bool withinTopicOnly = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        // "how long has it been rising" asks since when: "long" is no word of its subject (a passage on "long term trends").
        text = aspect == PassageAspect.When ? HowLong().Replace(text, "since when") : text;
        var question = new Question(text, topicId, aspect, document, withinTopicOnly);
        return cache.MayKeep(text)
            ? cache.GetOrCreate(question, Build, static answer => KnowledgeCache.SizeOf(answer.Card.Json))
            : Build(question);
    }

    private PassageAnswer Build(Question question)
    {
        var (text, topicId, aspect, document, withinTopicOnly) = question;
        var result = search.Search(new PassageQuery(text, topicId, aspect)
        {
            MaxHits = 1 + PassageCardBuilder.MaxRelated, Document = document, WithinTopicOnly = withinTopicOnly,
        });
        var reply = cards.Build(result);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogSearched(
                logger,
                aspect,
                topicId ?? "-",
                result.Best?.Passage.Id ?? "nothing",
                result.TopCoverage.ToString("F2", CultureInfo.InvariantCulture),
                result.TopEvidence.ToString("F2", CultureInfo.InvariantCulture));
        }

        return new PassageAnswer(RenderedCard.Of(reply), result);
    }

    /// <summary>The cache key of a prose question.</summary>
    private sealed record Question(string Text, string? TopicId, PassageAspect Aspect, string? Document, bool WithinTopicOnly);

    /// <summary>
    /// The card quoting <paramref name="passages"/> whole (the first, then the others as related), found by what they are (a
    /// topic's opportunities, a review's interventions) rather than by the words of the question; null when there are none.
    /// </summary>
    public PassageAnswer? Quoting(IReadOnlyList<Passage> passages, string text)
    {
        ArgumentNullException.ThrowIfNull(passages);
        if (passages.Count == 0)
        {
            return null;
        }

        var hits = passages.Take(1 + PassageCardBuilder.MaxRelated).Select(p => new PassageHit(p, 1, 1, p.Sentences, true)).ToList();
        var result = new PassageResult(new PassageQuery(text), hits, 1, 1);
        return new PassageAnswer(RenderedCard.Of(cards.Build(result)), result);
    }

    /// <summary>Every passage of the assessment, in the index's order.</summary>
    public IReadOnlyList<Passage> Passages() => search.Passages();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bhow long\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HowLong();

    [LoggerMessage(EventId = 4600, Level = LogLevel.Debug,
        Message = "Passage question ({Aspect}, topic {Topic}): {Passage} (best coverage {Coverage}, evidence {Evidence})")]
    private static partial void LogSearched(ILogger logger, PassageAspect aspect, string topic, string passage, string coverage, string evidence);
}
