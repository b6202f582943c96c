using System.Globalization;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Bot.Proactive;

/// <summary>
/// A plain-text quarterly summary: the quarter, and how many outcome updates were logged in it
/// by status. Stands in until the Adaptive Card summary replaces it.
/// </summary>
public sealed class TextQuarterlySummaryComposer : IQuarterlySummaryComposer
{
    private readonly IOutcomeStore _outcomes;
    private readonly IOptions<QuarterlySummaryOptions> _options;

    /// <summary>Creates the composer.</summary>
    public TextQuarterlySummaryComposer(IOutcomeStore outcomes, IOptions<QuarterlySummaryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(options);
        _outcomes = outcomes;
        _options = options;
    }

    /// <inheritdoc />
    public async Task<IActivity> ComposeAsync(FinancialQuarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        cancellationToken.ThrowIfCancellationRequested();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_options.Value.TimeZone);
        var updates = await _outcomes.UpdatesLoggedAsync(quarter.StartsAt(zone), quarter.EndsAt(zone), cancellationToken).ConfigureAwait(false);

        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**Quarterly summary: {quarter.Label}**\n\n");
        if (updates.Count == 0)
        {
            text.Append("No outcome updates were logged in the quarter.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Outcome updates logged in the quarter: {updates.Count}");
            foreach (var status in Enum.GetValues<OutcomeStatus>())
            {
                text.Append(CultureInfo.InvariantCulture, $"\n- {OutcomeStatusText.Of(status)}: {updates.Count(u => u.Status == status)}");
            }
        }

        return MessageFactory.Text(text.ToString());
    }
}
