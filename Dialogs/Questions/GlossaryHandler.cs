using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Glossary;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Questions;

/// <summary>Answers "what does MSG mean" with the term's card; with no term or an unknown one, lists the terms it can explain.</summary>
public sealed class GlossaryHandler(GlossaryCardBuilder cards, RenderedCards rendered, SafetyBot.Knowledge.IKnowledgeStore store) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.Glossary];

    /// <inheritdoc />
    public Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (understanding.Topic is { } id && ProgrammeOf(id) is { } programme)
        {
            // "county lines" explained: "how are partners helping with it" is about the programme of that name.
            AnswerMemory.RecordTopic(turnContext, programme);
        }
        else if (understanding.Topic is { } term && store.Glossary(term) is { } entry && store.FindIndicator(entry.Term) is { } indicator)
        {
            // "what about child sexual exploitation" explained: "anything we should keep an eye on" is about the indicator of that name.
            AnswerMemory.RecordTopic(turnContext, indicator.Id);
        }

        var card = rendered.Get(new GlossaryCard(understanding.Topic), key => cards.Build(key.Term))!;
        return turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken);
    }

    /// <summary>The code of the latest priorities' programme whose title opens with the term's name ("County lines/cuckooing"), or null.</summary>
    private string? ProgrammeOf(string termId)
    {
        if (store.Glossary(termId) is not { } term)
        {
            return null;
        }

        return store.Priorities().SelectMany(p => p.ProgrammeCodes).Select(store.Programme).OfType<SafetyBot.Knowledge.ProgrammeDetail>()
            .Select(d => d.Programme)
            .FirstOrDefault(p => p.Title.StartsWith(term.Term, StringComparison.OrdinalIgnoreCase))?.Id;
    }

    /// <summary>The cache key of a glossary card: the term asked about (a topic id), or none for the list of terms.</summary>
    private sealed record GlossaryCard(string? Term);
}
