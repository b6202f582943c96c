using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge.Caching;

namespace SafetyBot.Dialogs.Replies;

/// <summary>
/// Cards that are a function of what their key names and of the knowledge, built and serialised once per key and kept
/// in the <see cref="KnowledgeCache"/> (so a seed or an import builds them again). A card that also shows outcome
/// updates or leads must put <see cref="Knowledge.Outcomes.IOutcomeStore.Version"/> in its key.
/// </summary>
public sealed class RenderedCards(KnowledgeCache cache)
{
    /// <summary>The card <paramref name="build"/> makes for <paramref name="key"/>, rendered; null when it makes none.</summary>
    /// <param name="key">What the card answers: a record type per kind of card, holding everything the card depends on besides the knowledge.</param>
    /// <param name="build">Builds the card from the key and the current knowledge.</param>
    public RenderedCard? Get<TKey>(TKey key, Func<TKey, CardReply?> build)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(build);
        return cache.GetOrCreate(key, k => new Kept(build(k) is { } reply ? RenderedCard.Of(reply) : null), static kept => KnowledgeCache.SizeOf(kept.Card?.Json)).Card;
    }

    /// <summary>
    /// The card <paramref name="build"/> makes for <paramref name="key"/>, rendered; null when it makes none. For a card
    /// whose making reads the store (leads, outcome updates): it is read only when the card is not kept, so the key must
    /// hold the version of what is read (<see cref="Knowledge.Outcomes.IOutcomeStore.Version"/>).
    /// </summary>
    /// <param name="key">What the card answers: a record type per kind of card, holding everything the card depends on besides the knowledge.</param>
    /// <param name="build">Builds the card from the key, the current knowledge and what it reads.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public async Task<RenderedCard?> GetAsync<TKey>(TKey key, Func<TKey, CancellationToken, Task<CardReply?>> build, CancellationToken cancellationToken)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(build);
        var kept = await cache.GetOrCreateAsync(
            key,
            async (k, cancel) => new Kept(await build(k, cancel).ConfigureAwait(false) is { } reply ? RenderedCard.Of(reply) : null),
            static kept => KnowledgeCache.SizeOf(kept.Card?.Json),
            cancellationToken).ConfigureAwait(false);
        return kept.Card;
    }

    /// <summary>What is kept: the card, or none (remembered too).</summary>
    private sealed record Kept(RenderedCard? Card);
}
