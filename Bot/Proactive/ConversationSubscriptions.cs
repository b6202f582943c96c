using Microsoft.Bot.Builder;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Subscriptions;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// What the subscribe, unsubscribe and list commands do, for the conversation of the current
/// turn. Admins only (<see cref="IOutcomeStore.IsAdmin"/>), checked at the moment of the write.
/// </summary>
public sealed class ConversationSubscriptions
{
    private const string AdminsOnly = "Only a SafetyBot admin can change or list the quarterly summary subscriptions.";

    private readonly ISubscriptionStore _subscriptions;
    private readonly IOutcomeStore _outcomes;

    /// <summary>Creates the service.</summary>
    public ConversationSubscriptions(ISubscriptionStore subscriptions, IOutcomeStore outcomes)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(outcomes);
        _subscriptions = subscriptions;
        _outcomes = outcomes;
    }

    /// <summary>Subscribes the turn's conversation, with the reference taken from its activity.</summary>
    /// <exception cref="WriteRefusedException">The member is not an admin.</exception>
    public Task<SubscribeResult> SubscribeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var admin = RequireAdmin(turnContext);
        return _subscriptions.SubscribeAsync(ConversationReferences.Describe(turnContext.Activity), admin, cancellationToken);
    }

    /// <summary>Unsubscribes the turn's conversation. False when it was not subscribed.</summary>
    /// <exception cref="WriteRefusedException">The member is not an admin.</exception>
    public Task<bool> UnsubscribeAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var admin = RequireAdmin(turnContext);
        return _subscriptions.UnsubscribeAsync(ConversationReferences.KeyOf(turnContext.Activity.Conversation.Id), admin, cancellationToken);
    }

    /// <summary>Every subscription, active ones first.</summary>
    /// <exception cref="WriteRefusedException">The member is not an admin.</exception>
    public Task<IReadOnlyList<Subscription>> ListAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        RequireAdmin(turnContext);
        return _subscriptions.ListAsync(cancellationToken);
    }

    private string RequireAdmin(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var aadObjectId = turnContext.Activity?.From?.AadObjectId;
        return _outcomes.IsAdmin(aadObjectId) ? aadObjectId! : throw new WriteRefusedException(AdminsOnly);
    }
}
