using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SafetyBot.Cards.Summaries;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Bot.Proactive;

/// <summary>The quarterly summary as an Adaptive Card, counting outcome updates logged in the quarter (in the schedule's time zone).</summary>
public sealed class CardQuarterlySummaryComposer(QuarterlySummaryCardBuilder cards, IOutcomeStore outcomes, IOptions<QuarterlySummaryOptions> options) : IQuarterlySummaryComposer
{
    /// <inheritdoc />
    public async Task<IActivity> ComposeAsync(FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        cancellationToken.ThrowIfCancellationRequested();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var updates = await outcomes.UpdatesLoggedAsync(quarter.StartsAt(zone), quarter.EndsAt(zone), cancellationToken).ConfigureAwait(false);
        return ReplyFactory.Card(cards.Build(quarter, zone, updates));
    }
}
