using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SafetyBot.Bot.Middleware;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Adapter;

/// <summary>
/// The Bot Framework <see cref="CloudAdapter"/> with SafetyBot's one error boundary: any exception escaping a turn is
/// logged, what the turn was working on is forgotten from the conversation's state (a dialog step that failed ends
/// that dialog; a question that failed loses its follow-up context and leaves a dialog in progress as it was; a turn
/// that failed before either had it starts the conversation cleanly; see <see cref="FailedTurnState"/>), and the member
/// gets a plain-words apology that says whether their dialog was kept. When the store failed the state is kept. A fault
/// of the store itself (see <see cref="StoreFaults"/>) is passed on instead: /api/messages answers it with 503.
/// </summary>
public sealed class SafetyBotAdapter : CloudAdapter
{
    /// <summary>How every apology for a failed turn begins.</summary>
    public const string ApologyOpening = "Sorry, something went wrong on my side";

    /// <summary>What the member is told when a turn fails and they had no dialog in progress (or the store failed).</summary>
    public const string ApologyText =
        ApologyOpening + " and I couldn't finish that. Nothing you sent was lost; please try again in a moment.";

    /// <summary>What the member is told when a turn outside their dialog failed and the dialog is kept.</summary>
    public const string ApologyDialogKeptText =
        ApologyOpening + " and I couldn't finish that. What you were in the middle of is kept where it was: your next answer carries on from its last question.";

    /// <summary>What the member is told when a step of their dialog failed and the dialog was ended.</summary>
    public const string ApologyDialogEndedText =
        ApologyOpening + ", so I've had to stop what you were in the middle of; the answers you gave in it were not saved. Please start it again when you're ready.";

    /// <summary>Creates the adapter.</summary>
    public SafetyBotAdapter(
        BotFrameworkAuthentication authentication,
        IStorage storage,
        ILogger<SafetyBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(logger);

        OnTurnError = async (turnContext, exception) =>
        {
            if (StoreFaults.IsFault(exception))
            {
                // The store itself failed: no apology (nothing can be saved) and no clearing of state (the state is
                // not the problem). Passed on so that /api/messages answers 503 and the channel delivers it again.
                ExceptionDispatchInfo.Throw(exception);
            }

            AdapterLog.TurnFailed(logger, exception, turnContext.Activity?.Type, turnContext.Activity?.Id);

            // A store error (a lost connection, a timeout) says nothing against the state: it is kept, a dialog in
            // progress with it. On PostgreSQL the conversation's lock has already forgotten what the turn worked on.
            var dialog = StoreFaults.IsStoreError(exception)
                ? DialogAfterFailure.None
                : turnContext.TurnState.Get<ConversationStateReset>()?.Dialog ?? await ForgetAsync(storage, turnContext, logger).ConfigureAwait(false);
            try
            {
                if (turnContext.Activity?.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                {
                    await turnContext.SendActivityAsync(Apology(dialog)).ConfigureAwait(false);
                }
            }
#pragma warning disable CA1031 // The error boundary must never throw: log and give up.
            catch (Exception recoveryFailure)
#pragma warning restore CA1031
            {
                AdapterLog.RecoveryFailed(logger, recoveryFailure);
            }
        };
    }

    /// <summary>The apology for a failed turn, by what became of the member's dialog.</summary>
    public static string Apology(DialogAfterFailure dialog) => dialog switch
    {
        DialogAfterFailure.Kept => ApologyDialogKeptText,
        DialogAfterFailure.Ended => ApologyDialogEndedText,
        _ => ApologyText,
    };

    private static async Task<DialogAfterFailure> ForgetAsync(IStorage storage, ITurnContext turnContext, ILogger logger)
    {
        try
        {
            return await FailedTurnState.ForgetAsync(storage, turnContext, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The error boundary must never throw: log, and apologise without promising anything of the dialog.
        catch (Exception recoveryFailure)
#pragma warning restore CA1031
        {
            AdapterLog.RecoveryFailed(logger, recoveryFailure);
            return DialogAfterFailure.None;
        }
    }
}
