using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Analysts;

/// <summary>"make someone an analyst" and "remove an analyst" start the admins' dialogs.</summary>
public sealed class AnalystsHandler(DialogRunner dialogs) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.MakeAnalyst, Intent.RemoveAnalyst];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        var dialog = understanding.Intent == Intent.MakeAnalyst ? MakeAnalystDialog.DialogId : RemoveAnalystDialog.DialogId;
        return dialogs.BeginDialogAsync(turnContext, dialog, null, cancellationToken);
    }
}
