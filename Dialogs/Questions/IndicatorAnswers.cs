using SafetyBot.Cards.Indicators;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Caching;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Indicator cards, built and serialised once per question and kept (<see cref="RenderedCards"/>, in the
/// <see cref="KnowledgeCache"/>) while the knowledge stays the same: many members ask the same few questions, and the
/// answer is a function of the question and the figures only. A seed or an import (a new knowledge version) builds
/// them again.
/// </summary>
public sealed class IndicatorAnswers(IndicatorCardBuilder cards, RenderedCards rendered)
{
    /// <summary>The card answering <paramref name="question"/>, as JSON, with its plain-text summary.</summary>
    public RenderedCard Answer(IndicatorQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return rendered.Get(question, cards.Build)!;
    }
}
