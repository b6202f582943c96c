using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SafetyBot.Cards;
using SafetyBot.Cards.Help;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Greeting;

/// <summary>Answers hello (the welcome card), thanks, goodbyes, acknowledgements, complaints, and help (the help card).</summary>
public sealed class GreetingHandler : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Greeting, Intent.Thanks, Intent.Goodbye, Intent.Acknowledgement, Intent.Complaint, Intent.Help];

    /// <summary>The first name of <paramref name="from"/>, when Teams gave a name.</summary>
    public static string? FirstName(ChannelAccount? from)
    {
        var name = from?.Name?.Trim();
        return string.IsNullOrEmpty(name) ? null : name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
    }

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);

        var reply = understanding.Intent switch
        {
            Intent.Thanks => ReplyFactory.Text("You're welcome. Ask me any time about the partnership's figures."),
            Intent.Goodbye => ReplyFactory.Text("You're welcome. Bye for now: ask me any time about the partnership's figures."),
            Intent.Complaint => ReplyFactory.Text("Sorry that didn't help. Try asking again in other words, naming the topic and the period, or say \"help\" to see what you can ask me."),
            Intent.Acknowledgement => ReplyFactory.Text("Good. Ask me another question whenever you like, or say \"help\" to see what you can ask me."),
            Intent.Help => ReplyFactory.Card(HelpCardBuilder.Help()),
            _ => ReplyFactory.Card(HelpCardBuilder.Welcome(FirstName(turnContext.Activity.From))),
        };
        await turnContext.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
