using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Findings;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "key findings", "emerging trends" and "the headlines" with the assessment's findings card, and "key concerns about violence" with those of one group of topics.</summary>
public sealed class FindingsHandler(FindingsCardBuilder cards, RenderedCards rendered, SafetyBot.Knowledge.IKnowledgeStore store) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Findings];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding.Filter?.Category is null)
        {
            // The whole assessment's findings end with its recommended priorities: "the second one" is priority 2.
            AnswerMemory.RecordItems(turnContext, store.Priorities().OrderBy(p => p.Number).Select(p => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var card = rendered.Get(new FindingsCard(understanding.Filter?.Category), key => cards.Build(key.Category))!;
        return turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken);
    }

    /// <summary>The cache key of a findings card: the group of topics asked about, or none for the whole assessment.</summary>
    private sealed record FindingsCard(string? Category);
}
