using Microsoft.Bot.Builder;
using SafetyBot.Dialogs.Greeting;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Fallback;

/// <summary>Says honestly that the question was not understood, and what can be asked instead.</summary>
public sealed class UnknownHandler : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents { get; } = [Routing.Intents.Unknown];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await turnContext.SendActivityAsync(
            MessageFactory.Text("Sorry, I can't answer that yet. " + GreetingText.Help),
            cancellationToken).ConfigureAwait(false);
    }
}
