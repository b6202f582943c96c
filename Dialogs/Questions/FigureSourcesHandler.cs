using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Sources;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers "where does the VAWG rate come from" and "what period is the road safety figure for" with the topic's sources
/// card: every figure the assessment gives for it, by source, each with its period.
/// </summary>
public sealed class FigureSourcesHandler(FigureSourcesCardBuilder cards, RenderedCards rendered) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Sources];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var card = understanding.Topic is { } topic ? rendered.Get(new SourcesCard(topic), key => cards.Build(key.Topic)) : null;
        return card is null
            ? turnContext.SendActivityAsync(
                ReplyFactory.Text("Which topic's figures? Ask, for example, \"where do the dwelling burglary figures come from?\", or \"list the sources\" for every publication the assessment cites."),
                cancellationToken)
            : turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken);
    }

    /// <summary>The cache key of a topic's sources card.</summary>
    private sealed record SourcesCard(string Topic);
}
