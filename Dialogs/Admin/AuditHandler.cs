using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Admin;
using SafetyBot.Dialogs.OutcomeUpdate;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Admin;

/// <summary>Admins: "show the audit log".</summary>
public sealed class AuditHandler(IOutcomeStore outcomes) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.AuditLog];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!await AdminOnly.CheckAsync(turnContext, outcomes, "read the audit log", cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var entries = await outcomes.ReadAuditAsync(OutcomeUpdateDialog.ActorOf(turnContext.Activity), 20, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(ReplyFactory.Card(AdminCardBuilder.Audit(entries)), cancellationToken).ConfigureAwait(false);
    }
}
