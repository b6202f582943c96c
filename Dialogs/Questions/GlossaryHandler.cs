using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Glossary;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "what does MSG mean" with the term's card; with no term or an unknown one, lists the terms it can explain.</summary>
public sealed class GlossaryHandler(GlossaryCardBuilder cards, RenderedCards rendered) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Glossary];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var card = rendered.Get(new GlossaryCard(understanding.Topic), key => cards.Build(key.Term))!;
        return turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken);
    }

    /// <summary>The cache key of a glossary card: the term asked about (a topic id), or none for the list of terms.</summary>
    private sealed record GlossaryCard(string? Term);
}
