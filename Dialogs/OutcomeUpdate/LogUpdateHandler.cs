using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.OutcomeUpdate;

/// <summary>"log an update", "update on county lines": starts the outcome-update dialog.</summary>
public sealed class LogUpdateHandler(DialogRunner dialogs) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.LogUpdate];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        return dialogs.BeginDialogAsync(turnContext, OutcomeUpdateDialog.DialogId, new OutcomeUpdateOptions { Topic = understanding.Topic }, cancellationToken);
    }
}
