using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Admin;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Dialogs.Admin;

/// <summary>Admins: "show unanswered questions".</summary>
public sealed class UnansweredReviewHandler(IOutcomeStore outcomes, IUnansweredQuestionLog log) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.UnansweredReview];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (await AdminOnly.CheckAsync(turnContext, outcomes, "review unanswered questions", cancellationToken).ConfigureAwait(false))
        {
            var recent = await log.RecentAsync(30, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(ReplyFactory.Card(AdminCardBuilder.Unanswered(recent)), cancellationToken).ConfigureAwait(false);
        }
    }
}
