using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers a question about a topic the assessment gives no figures for (<see cref="UncoveredTopics"/>):
/// says so plainly, names what the assessment has nearest, and never shows another topic's figures.
/// The question is noted for admins, like any other the assessment cannot answer.
/// </summary>
public sealed class NotCoveredHandler(UnansweredQuestionLog log) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.NotCovered];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding.Question is { Length: > 0 } question)
        {
            await log.RecordAsync(question, cancellationToken).ConfigureAwait(false);
        }

        await turnContext.SendActivityAsync(ReplyFactory.Text(Reply(understanding.UncoveredTopic)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The answer for the uncovered topic <paramref name="id"/>.</summary>
    public static string Reply(string? id) =>
        UncoveredTopics.All.FirstOrDefault(t => t.Id == id) is { } topic
            ? $"The 2017/18 strategic assessment has no figure for {topic.Name} in Cambridge City. What it does have nearest: {topic.Instead}. Ask \"what can you do\" for the topics it covers."
            : "The 2017/18 strategic assessment has no figure for that topic. Ask \"what can you do\" for the topics it covers.";
}
