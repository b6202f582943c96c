using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using SafetyBot.Dialogs.Greeting;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Bot;

/// <summary>
/// The Teams bot: hands every message to the conversation router, welcomes new members, and
/// saves conversation and user state at the end of each turn. No domain logic lives here.
/// </summary>
public sealed class SafetyBotActivityHandler : TeamsActivityHandler
{
    private readonly ConversationRouter _router;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;

    /// <summary>Creates the bot.</summary>
    public SafetyBotActivityHandler(ConversationRouter router, ConversationState conversationState, UserState userState)
    {
        _router = router;
        _conversationState = conversationState;
        _userState = userState;
    }

    /// <inheritdoc />
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await _conversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        await _userState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        _router.RouteAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member.Id != botId))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(GreetingText.Hello(null)), cancellationToken).ConfigureAwait(false);
        }
    }
}
