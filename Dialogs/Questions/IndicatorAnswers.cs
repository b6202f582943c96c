using System.Collections.Concurrent;
using SafetyBot.Cards.Indicators;
using SafetyBot.Cards.Model;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Indicator cards, built and serialised once per question and kept while the knowledge stays the
/// same: many members ask the same few questions, and the answer is a function of the question
/// and the figures only. A seed or an import (a new <see cref="IKnowledgeStore.Version"/>) starts
/// afresh. At most <see cref="Capacity"/> answers are kept; beyond that they are built each time.
/// </summary>
public sealed class IndicatorAnswers(IKnowledgeStore store, IndicatorCardBuilder cards)
{
    /// <summary>The most answers kept at once.</summary>
    public const int Capacity = 2048;

    private Memo _memo = new(long.MinValue);

    /// <summary>The card answering <paramref name="question"/>, as JSON, with its plain-text summary.</summary>
    public RenderedCard Answer(IndicatorQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var version = store.Version;
        var memo = Volatile.Read(ref _memo);
        if (memo.Version != version)
        {
            memo = new Memo(version);
            Volatile.Write(ref _memo, memo);
        }

        if (memo.Answers.TryGetValue(question, out var answer))
        {
            return answer;
        }

        var reply = cards.Build(question);
        answer = new RenderedCard(AdaptiveCardSerializer.Serialize(reply.Card), reply.Summary);
        return memo.Answers.Count < Capacity ? memo.Answers.GetOrAdd(question, answer) : answer;
    }

    private sealed class Memo(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<IndicatorQuestion, RenderedCard> Answers { get; } = new();
    }
}
