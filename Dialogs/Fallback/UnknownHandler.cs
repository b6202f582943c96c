using SafetyBot.Dialogs.Telemetry;
using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Help;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Dialogs.Fallback;

/// <summary>
/// Says honestly that the question can't be answered, offers questions that can, and records the
/// question (without who asked) for admins to review.
/// </summary>
public sealed class UnknownHandler(IUnansweredQuestionLog log) : IIntentHandler
{
    /// <summary>The reply, the same every time: built and serialised once.</summary>
    private static readonly RenderedCard NotUnderstood = RenderedCard.Of(HelpCardBuilder.NotUnderstood());

    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Unknown];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        SafetyBotTelemetry.RecordUnanswered();
        if (understanding.Question is { Length: > 0 } question)
        {
            await log.RecordAsync(question, cancellationToken).ConfigureAwait(false);
        }

        await turnContext.SendActivityAsync(ReplyFactory.Card(NotUnderstood), cancellationToken).ConfigureAwait(false);
    }
}
