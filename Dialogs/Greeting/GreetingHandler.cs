using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Greeting;

/// <summary>Answers hello, thanks and help.</summary>
public sealed class GreetingHandler : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = [Routing.Intents.Greeting, Routing.Intents.Thanks, Routing.Intents.Help];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);

        var text = understanding.Intent switch
        {
            Routing.Intents.Thanks => "You're welcome. Ask me any time about the partnership's figures.",
            Routing.Intents.Help => GreetingText.Help,
            _ => GreetingText.Hello(FirstName(turnContext.Activity.From)),
        };
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
    }

    private static string? FirstName(ChannelAccount? from)
    {
        var name = from?.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        return name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
    }
}
