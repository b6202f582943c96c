using Microsoft.Bot.Schema;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// Asks the assessment evaluation's questions of the running bot through POST /api/messages (expectReplies), as a
/// member in a personal chat: each standalone question in a new conversation, each chain's turns in order in one
/// conversation. A question with <c>&lt;at&gt;SafetyBot&lt;/at&gt;</c> carries the mention entity Teams adds.
/// </summary>
public static class AssessmentRunner
{
    /// <summary>The bot's account, as Teams names it in mentions.</summary>
    public static readonly ChannelAccount Bot = new("28:safetybot", "SafetyBot");

    /// <summary>Asks every question of <paramref name="questions"/> (one file) and judges every answer, in file order.</summary>
    public static async Task<IReadOnlyList<AssessmentResult>> RunAsync(BotHost host, string fileName, IReadOnlyList<AssessmentQuestion> questions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(questions);
        var results = new Dictionary<AssessmentQuestion, AssessmentResult>();
        foreach (var conversation in AssessmentQuestion.Conversations(questions))
        {
            var conversationId = $"assessment-{fileName}-{conversation[0].Id}-{Guid.NewGuid():N}";
            foreach (var question in conversation)
            {
                results[question] = new AssessmentResult(question, await AskAsync(host, question, conversationId, cancellationToken));
            }
        }

        return questions.Select(q => results[q]).ToList();
    }

    /// <summary>The message a member types in Teams: text, and the mention entity when the bot is @mentioned.</summary>
    public static Activity Message(string text, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(text);
        var activity = Activities.Message(text, TestUser.Member, conversationId);
        var mentionText = $"<at>{Bot.Name}</at>";
        if (text.Contains(mentionText, StringComparison.OrdinalIgnoreCase))
        {
            activity.Entities = [new Mention(Bot, mentionText, "mention")];
        }

        return activity;
    }

    private static async Task<Verdict> AskAsync(BotHost host, AssessmentQuestion question, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            var replies = await host.SendAsync(Message(question.Text, conversationId), cancellationToken);
            return AnswerJudge.Judge(question, replies);
        }
        catch (HttpRequestException exception)
        {
            return new Verdict(false, ["the bot failed: " + exception.Message], string.Empty);
        }
    }
}
