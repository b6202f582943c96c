using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace SafetyBot.Bot.Adapter;

/// <summary>
/// The Bot Framework <see cref="CloudAdapter"/> with SafetyBot's one error boundary: any exception
/// escaping a turn is logged, the member gets a plain-words apology, and the conversation's
/// state is cleared so the next message starts cleanly.
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
            AdapterLog.TurnFailed(logger, exception, turnContext.Activity?.Type, turnContext.Activity?.Id);
            try
            {
                if (turnContext.Activity?.Type == Microsoft.Bot.Schema.ActivityTypes.Message)
                {
                    await turnContext.SendActivityAsync(ApologyText).ConfigureAwait(false);
                }

                await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
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
