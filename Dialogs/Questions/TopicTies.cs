using SafetyBot.Cards;
using SafetyBot.Cards.Indicators;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Settles a question that fits two topics equally by what the assessment holds: when only one of
/// them has figures for what was asked and the period named ("domestic abuse rank among similar
/// areas"), that one is answered; when none has, the first is answered and its card says there is
/// no such figure; SafetyBot asks which only when both have figures.
/// </summary>
public sealed class TopicTies(IndicatorCardBuilder cards)
{
    /// <summary>The understanding with a tie settled where the figures settle it; unchanged otherwise.</summary>
    public Understanding Settle(Understanding understanding)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding is not { Intent: Intent.Clarify, Asked: { } asked, Candidates.Count: > 1 }
            || !FollowUpResolver.IndicatorIntents.Contains(asked))
        {
            return understanding;
        }

        var asking = understanding with { Intent = asked, Asked = null, Candidates = [] };
        var answered = understanding.Candidates
            .Where(id => cards.HasFigures(IndicatorQuestionHandler.QuestionOf(asking, id)))
            .ToList();
        return answered.Count switch
        {
            1 => asking with { Topic = answered[0] },
            0 => asking with { Topic = understanding.Candidates[0] },
            _ => understanding,
        };
    }
}
