using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Movers;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "biggest risers", "biggest falls", "top movers" and "which topics rose by more than 20%" and "which acquisitive crimes increased" with the ranking card.</summary>
public sealed class MoversHandler(MoversCardBuilder cards, RenderedCards rendered) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Movers];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var key = new MoversCard(understanding.Filter?.Direction, understanding.Filter?.ThresholdPercent, understanding.Filter?.Category);
        AnswerMemory.RecordItems(turnContext, cards.Listed(key.Direction, key.ThresholdPercent, key.Category));
        await turnContext.SendActivityAsync(ReplyFactory.Card(rendered.Get(key, k => cards.Build(k.Direction, k.ThresholdPercent, k.Category))!), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cache key of a ranking card.</summary>
    private sealed record MoversCard(Knowledge.MoveDirection? Direction, decimal? ThresholdPercent, string? Category);
}
