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

    /// <summary>The reply when nothing was recorded (a blank message, or a log that could not be written): it never says the question was noted.</summary>
    private static readonly RenderedCard NothingNoted = RenderedCard.Of(HelpCardBuilder.NotUnderstood(noted: false));

    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Unknown];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        SafetyBotTelemetry.RecordUnanswered();
        // Said to be noted only when it was: a blank message records nothing, and neither does a store that cannot be written.
        var noted = understanding.Question is { } question && await log.RecordAsync(question, cancellationToken).ConfigureAwait(false);

        await turnContext.SendActivityAsync(ReplyFactory.Card(noted ? NotUnderstood : NothingNoted), cancellationToken).ConfigureAwait(false);
    }
}
