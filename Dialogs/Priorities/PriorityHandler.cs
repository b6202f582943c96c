using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Priorities;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Priorities;

/// <summary>"tell me about priority 2", "county lines", "White Ribbon"; and "walk me through the priorities".</summary>
public sealed class PriorityHandler(PriorityCardBuilder cards, RenderedCards rendered, IOutcomeStore outcomes, DialogRunner dialogs) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Priority, Intent.PriorityWalkthrough];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding.Intent == Intent.PriorityWalkthrough)
        {
            await dialogs.BeginDialogAsync(turnContext, PriorityWalkthroughDialog.DialogId, null, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The card shows the actions' leads and latest updates: kept per outcome records' version too.
        RenderedCard? reply = null;
        if (understanding.Topic is { } code)
        {
            var version = outcomes.Version;
            var progress = await ActionProgress.ReadAsync(outcomes, cancellationToken).ConfigureAwait(false);
            reply = rendered.Get(new PriorityCard(code, version), key => cards.Build(key.Code, progress));
        }

        await turnContext.SendActivityAsync(
            reply is null
                ? ReplyFactory.Text(cards.Overview() + " Try \"priority 2\" or \"walk me through the priorities\".")
                : ReplyFactory.Card(reply),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cache key of a priority or programme card.</summary>
    private sealed record PriorityCard(string Code, long OutcomesVersion);
}
