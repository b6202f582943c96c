using SafetyBot.Cards.Priorities;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Dialogs.Priorities;

/// <summary>
/// The card of a priority or programme with its actions' leads and latest updates, rendered once per code, knowledge
/// version and <see cref="IOutcomeStore.Version"/> (<see cref="RenderedCards"/>): the leads and updates are read only to
/// build it, so asking again reads nothing from the store.
/// </summary>
public sealed class PriorityCards(PriorityCardBuilder cards, RenderedCards rendered, IOutcomeStore outcomes)
{
    /// <summary>The card of <paramref name="code"/> (a priority number or a programme code); null when there is none.</summary>
    /// <param name="code">The priority number or programme code.</param>
    /// <param name="cancellationToken">Cancels reading the leads and updates.</param>
    public Task<RenderedCard?> GetAsync(string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);

        // The version is read before the leads and updates, so a card is never older than the version it is kept under.
        return rendered.GetAsync(
            new PriorityCard(code, outcomes.Version),
            async (key, cancel) => cards.Build(key.Code, await ActionProgress.ReadAsync(outcomes, cancel).ConfigureAwait(false)),
            cancellationToken);
    }

    /// <summary>The cache key of a priority or programme card.</summary>
    private sealed record PriorityCard(string Code, long OutcomesVersion);
}
