using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SafetyBot.Cards.Summaries;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Bot.Proactive;

/// <summary>The quarterly summary as an Adaptive Card, counting outcome updates logged in the quarter (in the schedule's time zone).</summary>
public sealed class CardQuarterlySummaryComposer(QuarterlySummaryCardBuilder cards, IOptions<QuarterlySummaryOptions> options) : IQuarterlySummaryComposer
{
    /// <inheritdoc />
    public Task<IActivity> ComposeAsync(FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        cancellationToken.ThrowIfCancellationRequested();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        IActivity activity = ReplyFactory.Card(cards.Build(quarter, zone));
        return Task.FromResult(activity);
    }
}
