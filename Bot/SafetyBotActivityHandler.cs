using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using SafetyBot.Cards.Help;
using SafetyBot.Dialogs.Engine;
using SafetyBot.Dialogs.Greeting;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Dialogs.Uploads;

namespace SafetyBot.Bot;

/// <summary>
/// The Teams bot: hands every message to the conversation router, welcomes a conversation once
/// when SafetyBot is installed in it, and saves conversation and user state at the end of each
/// turn. No domain logic lives here.
/// </summary>
public sealed class SafetyBotActivityHandler : TeamsActivityHandler
{
    private readonly ConversationRouter _router;
    private readonly ConversationAccessors _accessors;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly WelcomeGate _welcomeGate;
    private readonly DialogRunner _dialogs;

    /// <summary>Creates the bot.</summary>
    public SafetyBotActivityHandler(ConversationRouter router, ConversationAccessors accessors, ConversationState conversationState, UserState userState, WelcomeGate welcomeGate, DialogRunner dialogs)
    {
        _dialogs = dialogs;
        _welcomeGate = welcomeGate;
        _router = router;
        _accessors = accessors;
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
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // A conversation in progress (an outcome update, the walkthrough) hears the member first; a file attached
        // answers none of its questions, so it goes to the upload handler and the conversation stays where it was.
        var dialog = TeamsFiles.HasFile(turnContext.Activity)
            ? new DialogTurnResult(DialogTurnStatus.Empty)
            : await _dialogs.RunAsync(turnContext, cancellationToken).ConfigureAwait(false);
        if (dialog.Status == DialogTurnStatus.Empty)
        {
            await _router.RouteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        var personal = turnContext.Activity.Conversation?.ConversationType is null or "personal";

        // In a personal chat anyone added means the chat began; in a team or group chat only
        // SafetyBot's own arrival is greeted, never each member who joins.
        return membersAdded.Any(member => member.Id == botId || personal)
            ? WelcomeOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeOnceAsync(turnContext, cancellationToken);

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await _accessors.Welcomed.GetAsync(turnContext, () => false, cancellationToken).ConfigureAwait(false)
            || !_welcomeGate.TryClaim(turnContext.Activity.Conversation?.Id ?? string.Empty))
        {
            return;
        }

        await _accessors.Welcomed.SetAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
        var firstName = turnContext.Activity.Conversation?.ConversationType is null or "personal" ? GreetingHandler.FirstName(turnContext.Activity.From) : null;
        await turnContext.SendActivityAsync(ReplyFactory.Card(HelpCardBuilder.Welcome(firstName)), cancellationToken).ConfigureAwait(false);
    }
}
