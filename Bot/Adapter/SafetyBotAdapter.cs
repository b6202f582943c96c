using System.Runtime.ExceptionServices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using SafetyBot.Knowledge.Storage;

namespace SafetyBot.Bot.Adapter;

/// <summary>
/// The Bot Framework <see cref="CloudAdapter"/> with SafetyBot's one error boundary: any exception
/// escaping a turn is logged, the member gets a plain-words apology, and the conversation's
/// state is cleared so the next message starts cleanly (unless the store failed: then the state is kept). A fault of the store itself (see
/// <see cref="StoreFaults"/>) is passed on instead: /api/messages answers it with 503.
/// </summary>
public sealed class SafetyBotAdapter : CloudAdapter
{
    /// <summary>What the member is told when a turn fails.</summary>
    public const string ApologyText =
        "Sorry, something went wrong on my side and I couldn't finish that. Nothing you sent was lost; please try again in a moment.";

    /// <summary>Creates the adapter.</summary>
    public SafetyBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationState conversationState,
        ILogger<SafetyBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
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
            try
            {
                if (turnContext.Activity?.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                {
                    await turnContext.SendActivityAsync(ApologyText).ConfigureAwait(false);
                }

                // A store error (a lost connection, a timeout) says nothing against the state: a dialog in progress is kept,
                // as the apology promises. On PostgreSQL the conversation's lock has already cleared it, before its release.
                if (!StoreFaults.IsStoreError(exception) && turnContext.TurnState.Get<Middleware.ConversationStateReset>() is null)
                {
                    await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
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
}
