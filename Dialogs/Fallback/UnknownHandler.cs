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

    /// <summary>The reply to a message with nothing to record (blank): it never says the question was noted.</summary>
    private static readonly RenderedCard NothingNoted = RenderedCard.Of(HelpCardBuilder.NotUnderstood(noted: false));

    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Unknown];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        SafetyBotTelemetry.RecordUnanswered();
        var noted = understanding.Question is { } question && UnansweredQuestionText.Normalise(question) is not null;
        if (noted)
        {
            await log.RecordAsync(understanding.Question!, cancellationToken).ConfigureAwait(false);
        }

        await turnContext.SendActivityAsync(ReplyFactory.Card(noted ? NotUnderstood : NothingNoted), cancellationToken).ConfigureAwait(false);
    }
}
