using Microsoft.Bot.Schema;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Bot.Proactive;

/// <summary>Builds the quarterly summary activity posted to subscribed conversations.</summary>
public interface IQuarterlySummaryComposer
{
    /// <summary>The summary of <paramref name="quarter"/>, ready to post (it is copied for each conversation).</summary>
    Task<IActivity> ComposeAsync(FinancialQuarter quarter, CancellationToken cancellationToken);
}
