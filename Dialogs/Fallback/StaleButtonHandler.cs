using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Fallback;

/// <summary>
/// A button of a conversation that has already finished (a second click on Save, an old card):
/// says so kindly, and changes nothing.
/// </summary>
public sealed class StaleButtonHandler : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.DialogAnswer, Intent.DialogBack, Intent.DialogCancel, Intent.DialogHelp];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(
            ReplyFactory.Text("That button belongs to a conversation that has already finished, so nothing was changed. Ask me again to start afresh."),
            cancellationToken);
    }
}
