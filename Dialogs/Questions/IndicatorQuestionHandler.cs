using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Bot.Builder;
using SafetyBot.Cards.Indicators;
using SafetyBot.Cards.Overviews;
using SafetyBot.Dialogs.Language;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers every question about one indicator with its card: change, volume, rate, comparison,
/// national picture, opportunities, quarters, series. A comparison, national or quarters question
/// that names no topic gets the city-wide overview.
/// </summary>
public sealed class IndicatorQuestionHandler(IKnowledgeStore store, IndicatorAnswers answers, CityOverviewCardBuilder overviews) : IIntentHandler
{
    private static readonly FrozenDictionary<string, IndicatorFocus> Focuses = new Dictionary<string, IndicatorFocus>(StringComparer.Ordinal)
    {
        [Routing.Intents.Change] = IndicatorFocus.Change,
        [Routing.Intents.Volume] = IndicatorFocus.Volume,
        [Routing.Intents.Rate] = IndicatorFocus.Rate,
        [Routing.Intents.Compare] = IndicatorFocus.Compare,
        [Routing.Intents.National] = IndicatorFocus.National,
        [Routing.Intents.Opportunities] = IndicatorFocus.Opportunities,
        [Routing.Intents.Quarters] = IndicatorFocus.Quarters,
        [Routing.Intents.Series] = IndicatorFocus.Series,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc />
    public IReadOnlyCollection<string> Intents => Focuses.Keys;

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var topic = understanding.Slot(Slots.Topic);
        if (topic is null && overviews.Build(Focuses[understanding.Intent]) is { } overview)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Card(overview), cancellationToken).ConfigureAwait(false);
            return;
        }

        var indicator = topic is null ? null : store.FindIndicator(topic);
        if (indicator is null)
        {
            await turnContext.SendActivityAsync(
                ReplyFactory.Text(understanding.FromCard
                    ? "Sorry, I no longer have that topic. Try asking again, for example \"how has dwelling burglary changed\"."
                    : "Which topic do you mean? For example: \"how do we compare on dwelling burglary\"."),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        var question = new IndicatorQuestion(indicator.Id, Focuses[understanding.Intent])
        {
            Year = Number(understanding, Slots.Year),
            FromYear = Number(understanding, Slots.From),
            ToYear = Number(understanding, Slots.To),
            FinancialYearStart = understanding.Slot(Slots.FinancialYear) is { Length: >= 4 } fy ? Number(fy[..4]) : null,
            Quarter = Number(understanding, Slots.Quarter),
            YearToDate = understanding.Slot(Slots.YearToDate) == "true",
        };
        await turnContext.SendActivityAsync(ReplyFactory.Card(answers.Answer(question)), cancellationToken).ConfigureAwait(false);
    }

    private static int? Number(Understanding understanding, string slot) => Number(understanding.Slot(slot));

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
