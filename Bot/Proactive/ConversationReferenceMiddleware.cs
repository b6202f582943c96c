using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// Keeps conversation references fresh on every turn, before the bot runs:
/// <list type="bullet">
/// <item>installationUpdate and conversationUpdate record the conversation (so it can be
/// subscribed later) and refresh its subscription's reference;</item>
/// <item>the bot's uninstallation or removal makes the conversation's subscription inactive;</item>
/// <item>any other activity refreshes the reference of a subscribed conversation when it changed.</item>
/// </list>
/// Recording is best effort: a failure is logged and the turn goes on.
/// </summary>
public sealed class ConversationReferenceMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ISubscriptionStore _subscriptions;
    private readonly ILogger<ConversationReferenceMiddleware> _logger;

    /// <summary>Creates the middleware.</summary>
    public ConversationReferenceMiddleware(ISubscriptionStore subscriptions, ILogger<ConversationReferenceMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(logger);
        _subscriptions = subscriptions;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        await RecordAsync(turnContext.Activity, cancellationToken).ConfigureAwait(false);
        await next(cancellationToken).ConfigureAwait(false);
    }

    private async Task RecordAsync(Activity? activity, CancellationToken cancellationToken)
    {
        if (activity is null || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ServiceUrl)
            || activity.Type is ActivityTypes.Event or ActivityTypes.Invoke or ActivityTypes.Typing)
        {
            // Events include the adapter's own ContinueConversation turns; invokes and typing carry nothing new.
            return;
        }

        try
        {
            var key = ConversationReferences.KeyOf(activity.Conversation.Id);
            if (BotWasRemoved(activity))
            {
                await DeactivateAsync(key, "The bot was removed from the conversation.", cancellationToken).ConfigureAwait(false);
            }
            else if (activity.Type is ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate)
            {
                await _subscriptions.RememberConversationAsync(ConversationReferences.Describe(activity), cancellationToken).ConfigureAwait(false);
            }
            else if (await _subscriptions.HasSubscriptionAsync(key, cancellationToken).ConfigureAwait(false))
            {
                // Other turns only matter to a subscribed conversation (most have none: nothing is described or read).
                await _subscriptions.RefreshReferenceAsync(ConversationReferences.Describe(activity), cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Best effort: the member's turn matters more than a fresher reference.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            ProactiveLog.ReferenceNotRecorded(_logger, exception, activity.Type);
        }
    }

    private static bool BotWasRemoved(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true,
        ActivityTypes.ConversationUpdate => activity.MembersRemoved?.Any(member => member.Id == activity.Recipient?.Id) == true,
        _ => false,
    };

    private async Task DeactivateAsync(string conversationKey, string reason, CancellationToken cancellationToken)
    {
        if (await _subscriptions.MarkInactiveAsync(conversationKey, reason, cancellationToken).ConfigureAwait(false))
        {
            ProactiveLog.SubscriptionDeactivated(_logger, conversationKey, reason);
        }
    }
}
