using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Passages;

/// <summary>The reply to a prose question: the card (already serialised) with its summary, and what the search found.</summary>
/// <param name="Card">The card and its plain-text summary.</param>
/// <param name="Result">What the passage search found (<see cref="PassageResult.Found"/> false: the card says the assessment doesn't say).</param>
public sealed record PassageAnswer(RenderedCard Card, PassageResult Result)
{
    /// <summary>Whether a passage answers the question (false: record it as unanswered).</summary>
    public bool Found => Result.Found;
}
