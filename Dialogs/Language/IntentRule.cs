using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// One row of the recogniser's precedence table (<see cref="IntentRules.Ordered"/>): when it
/// matches a question, the question is understood as the intent it gives.
/// </summary>
/// <param name="Name">What the rule recognises, for reading the table and tracing.</param>
/// <param name="Topic">Whether the rule needs an indicator named (a named one becomes the topic).</param>
/// <param name="Match">
/// The understanding when the rule matches (its intent and the slots only it knows, such as a
/// programme code or a direction), else null. The recogniser adds the period, the follow-up flag
/// and, unless <see cref="TopicNeed.Ignored"/>, the indicator topic.
/// </param>
public sealed record IntentRule(string Name, TopicNeed Topic, Func<QuestionFacts, Understanding?> Match)
{
    /// <summary>A rule that gives <paramref name="intent"/> with no slots of its own when <paramref name="condition"/> holds.</summary>
    public static IntentRule When(string name, TopicNeed topic, Func<QuestionFacts, bool> condition, Intent intent)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new(name, topic, question => condition(question) ? Understanding.Of(intent) : null);
    }

    /// <summary>True when the rule may be tried on <paramref name="question"/>, given whether it names an indicator.</summary>
    public bool AppliesTo(QuestionFacts question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Topic switch
        {
            TopicNeed.Required => question.NamesIndicator,
            TopicNeed.Absent => !question.NamesIndicator,
            _ => true,
        };
    }
}
