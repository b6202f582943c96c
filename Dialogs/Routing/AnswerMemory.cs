using Microsoft.Bot.Builder;

namespace SafetyBot.Dialogs.Routing;

/// <summary>
/// What a turn's answer was about beyond what its question named, kept in the turn's state by the handler that answered and
/// read by <see cref="ConversationRouter"/> into the conversation's context: the topic of the passage that answered a question
/// naming none ("how long have we funded school projects": the schools programme's passage, so "whats the other one it
/// alternates with" is looked for there), and what the answer listed, in order ("the second one" after the recommended priorities).
/// </summary>
public sealed class AnswerMemory
{
    /// <summary>The topic the answer turned out to be about (an indicator id, a programme code), or null.</summary>
    public string? Topic { get; private set; }

    /// <summary>The ids of what the answer listed, in the order shown (priority numbers, programme codes); empty when it listed none.</summary>
    public IReadOnlyList<string> Items { get; private set; } = [];

    /// <summary>Records that the answer of <paramref name="turnContext"/> was about <paramref name="topic"/>.</summary>
    public static void RecordTopic(ITurnContext turnContext, string topic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        Of(turnContext).Topic = topic;
    }

    /// <summary>Records what the answer of <paramref name="turnContext"/> listed, in order.</summary>
    public static void RecordItems(ITurnContext turnContext, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Of(turnContext).Items = [.. items];
    }

    /// <summary>Forgets what an answer of <paramref name="turnContext"/> recorded, before the next question of the same message is answered.</summary>
    public static void Clear(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(typeof(AnswerMemory).FullName!);
    }

    /// <summary>What the answer of <paramref name="turnContext"/> recorded; null when it recorded nothing.</summary>
    public static AnswerMemory? Get(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<AnswerMemory>();
    }

    private static AnswerMemory Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<AnswerMemory>() is { } memory)
        {
            return memory;
        }

        var fresh = new AnswerMemory();
        turnContext.TurnState.Set(fresh);
        return fresh;
    }
}
