using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Findings;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "key findings", "emerging trends" and "the headlines" with the assessment's findings card, and "key concerns about violence" with those of one group of topics.</summary>
public sealed class FindingsHandler(FindingsCardBuilder cards, RenderedCards rendered) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Findings];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var card = rendered.Get(new FindingsCard(understanding.Filter?.Category), key => cards.Build(key.Category))!;
        return turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken);
    }

    /// <summary>The cache key of a findings card: the group of topics asked about, or none for the whole assessment.</summary>
    private sealed record FindingsCard(string? Category);
}
