using System.Collections.Frozen;
using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Indicators;
using SafetyBot.Cards.Overviews;
using SafetyBot.Cards.Tables;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers every question about one indicator with its card: change, volume, rate, comparison,
/// national picture, opportunities, quarters, series. A comparison, national or quarters question
/// that names no topic gets the city-wide overview. A sub-group the assessment gives only in a table of counts and
/// proportions (street-life ASB) is answered with that table, the row asked for first.
/// </summary>
public sealed class IndicatorQuestionHandler(IKnowledgeStore store, IndicatorAnswers answers, RenderedCards rendered, CityOverviewCardBuilder overviews, TableCardBuilder tables) : IIntentHandler
{
    private static readonly FrozenDictionary<Intent, IndicatorFocus> Focuses = new Dictionary<Intent, IndicatorFocus>
    {
        [Intent.Change] = IndicatorFocus.Change,
        [Intent.Volume] = IndicatorFocus.Volume,
        [Intent.Rate] = IndicatorFocus.Rate,
        [Intent.Compare] = IndicatorFocus.Compare,
        [Intent.National] = IndicatorFocus.National,
        [Intent.Opportunities] = IndicatorFocus.Opportunities,
        [Intent.Quarters] = IndicatorFocus.Quarters,
        [Intent.Series] = IndicatorFocus.Series,
    }.ToFrozenDictionary();

    /// <summary>The questions a table of counts and proportions answers (not comparisons, the national picture or opportunities).</summary>
    private static readonly FrozenSet<Intent> TableFocuses = new[] { Intent.Change, Intent.Volume, Intent.Rate, Intent.Quarters, Intent.Series }.ToFrozenSet();

    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents => Focuses.Keys;

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var topic = understanding.Topic;
        if (topic is null && rendered.Get(new OverviewCard(Focuses[understanding.Intent]), key => overviews.Build(key.Focus)) is { } overview)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Card(overview), cancellationToken).ConfigureAwait(false);
            // "what's under the second one" after the similar-areas overview: its second topic.
            AnswerMemory.RecordItems(turnContext, overviews.Listed(Focuses[understanding.Intent]));
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

        var period = understanding.Period;
        if (TableFocuses.Contains(understanding.Intent)
            && rendered.Get(new TableCard(indicator.Id, period.FinancialYearStart, period.Quarter, period.YearToDate), key => tables.Build(key.IndicatorId, key.FinancialYearStart, key.Quarter, key.YearToDate)) is { } table)
        {
            await turnContext.SendActivityAsync(ReplyFactory.Card(table), cancellationToken).ConfigureAwait(false);
            return;
        }

        var question = QuestionOf(understanding, indicator.Id);
        await turnContext.SendActivityAsync(ReplyFactory.Card(answers.Answer(question)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The indicator question <paramref name="understanding"/> asks of <paramref name="indicatorId"/> (an indicator intent).</summary>
    internal static IndicatorQuestion QuestionOf(Understanding understanding, string indicatorId)
    {
        var period = understanding.Period;
        return new IndicatorQuestion(indicatorId, Focuses[understanding.Intent])
        {
            Year = period.Year,
            RateBasis = understanding.RateBasis,
            FromYear = period.FromYear,
            ToYear = period.ToYear,
            FinancialYearStart = period.FinancialYearStart,
            Quarter = period.Quarter,
            YearToDate = period.YearToDate,
            Alone = period.Alone,
            Point = understanding.Intent is Intent.Series or Intent.Quarters ? understanding.Point : null,
            PeriodCarried = understanding.PeriodCarried,
        };
    }

    /// <summary>The cache key of a city-wide overview card.</summary>
    private sealed record OverviewCard(IndicatorFocus Focus);

    /// <summary>The cache key of a table of counts and proportions.</summary>
    private sealed record TableCard(string IndicatorId, int? FinancialYearStart, int? Quarter, bool YearToDate);
}
