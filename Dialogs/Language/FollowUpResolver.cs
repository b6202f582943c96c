using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Applies the conversation's context to a recognised question: "and how does that compare with
/// similar areas?" takes the last topic; "what about vehicle crime?" takes the last kind of
/// question (and its period).
/// </summary>
public static class FollowUpResolver
{
    /// <summary>Intents that are about one indicator.</summary>
    public static readonly IReadOnlySet<string> IndicatorIntents = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.Change, Intents.Volume, Intents.Rate, Intents.Compare, Intents.National,
        Intents.Opportunities, Intents.Quarters, Intents.Series,
    };

    /// <summary>Indicator intents that have a city-wide answer when no topic is named.</summary>
    private static readonly IReadOnlySet<string> AnswersWithoutTopic = new HashSet<string>(StringComparer.Ordinal)
    {
        Intents.Compare, Intents.National, Intents.Quarters,
    };

    private static readonly string[] PeriodSlotNames = [Slots.Year, Slots.From, Slots.To, Slots.FinancialYear, Slots.Quarter, Slots.YearToDate];

    /// <summary>The understanding with the context applied where the question leaves gaps.</summary>
    public static Understanding Resolve(Understanding understanding, QuestionContext? context)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding.FromCard || !IndicatorIntents.Contains(understanding.Intent))
        {
            return understanding;
        }

        context ??= new QuestionContext();

        var slots = new Dictionary<string, string>(understanding.Slots, StringComparer.Ordinal);
        var intent = understanding.Intent;
        var namesTopic = slots.ContainsKey(Slots.Topic) || slots.ContainsKey(Slots.Candidates);

        if (!namesTopic && context.Topic is not null)
        {
            slots[Slots.Topic] = context.Topic;
        }

        var carriesKind = namesTopic && slots.ContainsKey(Slots.Assumed) && slots.ContainsKey(Slots.FollowUp)
            && context.Intent is not null && IndicatorIntents.Contains(context.Intent);
        if (carriesKind)
        {
            intent = context.Intent!;
            slots.Remove(Slots.Assumed);
            if (!PeriodSlotNames.Any(slots.ContainsKey))
            {
                foreach (var (name, value) in context.Period)
                {
                    slots[name] = value;
                }
            }
        }

        if (!slots.ContainsKey(Slots.Topic) && !slots.ContainsKey(Slots.Candidates) && !AnswersWithoutTopic.Contains(intent))
        {
            // "how many?" with nothing asked before: there is nothing to answer about.
            return understanding with { Intent = Intents.Unknown, Slots = slots };
        }

        return understanding with { Intent = intent, Slots = slots };
    }

    /// <summary>Remembers an answered question as the context of the next.</summary>
    public static void Remember(QuestionContext context, Understanding answered)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answered);
        if (!IndicatorIntents.Contains(answered.Intent) || answered.Slot(Slots.Topic) is not { } topic)
        {
            return;
        }

        context.Intent = answered.Intent;
        context.Topic = topic;
        context.Period = PeriodSlotNames
            .Where(answered.Slots.ContainsKey)
            .ToDictionary(name => name, name => answered.Slots[name], StringComparer.Ordinal);
    }
}
