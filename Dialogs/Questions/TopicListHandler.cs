using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Lists;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers "what topics are in the scanning table", "which topics does the SOCP flag", "where is the partnership
/// unsighted", "list the 2017/18 priorities", "list the key dates", "list the sources" and "what are the sections of the review", "which crime is the most common" with a list drawn from the knowledge store (<see cref="TopicListCardBuilder"/>).
/// A glossary term to look for is looked for by each of its names.
/// </summary>
public sealed class TopicListHandler(TopicListCardBuilder cards, VolumeRankingCardBuilder volumes, IKnowledgeStore store, RenderedCards rendered) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.TopicList];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var filter = understanding.Filter;
        var key = new TopicListCard(filter?.Category, filter?.Mention, filter?.MentionIn, filter?.Reviewed ?? false, filter?.KeyDates ?? false, filter?.Sources ?? false, filter?.Sections ?? false, filter?.ByVolume, filter?.Rates ?? false);
        var card = rendered.Get(key, k => k.ByVolume is { } order ? volumes.Build(order, k.Category, k.Rates) : k.Sections ? cards.Sections() : k.Sources ? cards.Sources() : k.KeyDates ? cards.KeyDates() : k.Reviewed ? cards.ReviewedPriorities() : Topics(k.Category, k.Mention, k.MentionIn))!;
        if (filter is { Reviewed: true } && understanding.PriorityNumber is { } number && ContinuingProgramme(number) is { } code)
        {
            // "what was priority 3 for 2017/18?", then "what intervention happened under it?": the programme that continues that
            // reviewed priority holds its interventions and outcomes, so a follow-up is asked of it, never of this year's priority 3.
            AnswerMemory.RecordTopic(turnContext, code);
        }

        await turnContext.SendActivityAsync(ReplyFactory.Card(card), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first recommended programme that continues the reviewed priority of <paramref name="number"/>; null when none does.</summary>
    private string? ContinuingProgramme(int number) =>
        store.Priorities().SelectMany(p => p.ProgrammeCodes).Select(store.Programme).OfType<ProgrammeDetail>()
            .FirstOrDefault(d => d.ReviewedPriorities.Any(r => r.Number == number))?.Programme.Id;

    private Cards.Replies.CardReply Topics(string? category, string? mention, NarrativeKind? kind)
    {
        if (mention is null)
        {
            return cards.Topics(category, [], null);
        }

        var term = store.Glossary(mention);
        var names = term is null
            ? [mention]
            : new[] { term.Term, term.Expansion }.Concat(term.Synonyms).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return cards.Topics(category, names, term?.Term ?? $"“{mention}”", kind);
    }

    /// <summary>The cache key of a list card.</summary>
    private sealed record TopicListCard(string? Category, string? Mention, NarrativeKind? MentionIn, bool Reviewed, bool KeyDates, bool Sources, bool Sections, VolumeOrder? ByVolume, bool Rates);
}
