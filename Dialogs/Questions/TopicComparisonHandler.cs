using Microsoft.Bot.Builder;
using SafetyBot.Cards;
using SafetyBot.Cards.Formatting;
using SafetyBot.Dialogs.Replies;
using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Questions;

/// <summary>
/// Answers a question about two topics at once ("which rose more, burglary or shoplifting?", "DV offences vs DA
/// incidents"): one sentence with both topics' figures from the store, each with its period, saying which is larger when
/// the two are alike (the same measure of the same period), then each topic's own card. Never only one of them.
/// </summary>
public sealed class TopicComparisonHandler(IKnowledgeStore store, IndicatorAnswers answers) : IIntentHandler
{
    /// <inheritdoc />
    public IReadOnlyCollection<Intent> Intents { get; } = [Intent.CompareTopics];

    /// <inheritdoc />
    public async Task HandleAsync(ITurnContext turnContext, Understanding understanding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        var asked = understanding.Asked ?? Intent.Change;
        var indicators = understanding.Candidates.Select(store.FindIndicator).OfType<Indicator>().ToList();
        if (indicators.Count < 2)
        {
            await turnContext.SendActivityAsync(
                ReplyFactory.Text("Which topics do you mean? For example: \"dwelling burglary or shoplifting: which rose more?\"."),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(ReplyFactory.Text(Summary(indicators, asked, understanding.Period.Exact)), cancellationToken).ConfigureAwait(false);
        foreach (var indicator in indicators)
        {
            var question = IndicatorQuestionHandler.QuestionOf(understanding with { Intent = asked }, indicator.Id);
            await turnContext.SendActivityAsync(ReplyFactory.Card(answers.Answer(question)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Both topics' headline figures for the kind of question asked (the change on the previous year, the count, the rate),
    /// each as printed with its period; a topic with none says so. When both have the same measure for the same period,
    /// which is larger.
    /// </summary>
    private string Summary(IReadOnlyList<Indicator> indicators, Intent asked, Period? period)
    {
        if (asked is Intent.Compare or Intent.National or Intent.Quarters or Intent.Series)
        {
            // Ranks, national context, quarters and series are not one figure each: the cards say them.
            return $"You asked about two topics: {indicators[0].DisplayName} and {indicators[1].DisplayName.ToLowerInvariant()}. Each topic's card follows, with its source.";
        }

        var measures = asked switch
        {
            Intent.Volume => [Measure.Count],
            Intent.Rate => [Measure.RatePer1000Population, Measure.RatePer100Dwellings, Measure.RatePer1000Households, Measure.RatePer1000BusinessPremises, Measure.Rate],
            _ => new[] { Measure.PercentChange },
        };
        var figures = indicators.Select(i => (Indicator: i, Figure: Figure(i.Id, measures, period))).ToList();
        var parts = figures.Select(f => f.Figure is { } o
            ? $"{f.Indicator.DisplayName}: {Figures.WithUnit(o, f.Indicator.Unit)}{(o.Measure == Measure.PercentChange ? " on the previous year" : string.Empty)} ({o.Period.Label})"
            : $"{f.Indicator.DisplayName}: the assessment gives no such figure");
        var text = "You asked about two topics. " + string.Join("; ", parts) + ".";
        if (figures is [{ Figure: { } a } first, { Figure: { } b } second] && a.Measure == b.Measure && a.Period.Key == b.Period.Key && a.Value != b.Value)
        {
            text += " " + Which(first.Indicator, a, second.Indicator, b);
        }

        return text + " Each topic's card follows, with its source.";
    }

    /// <summary>The topic's Cambridge City figure of the first of <paramref name="measures"/> it has: of <paramref name="period"/> when one is asked, else the latest.</summary>
    private Observation? Figure(string indicatorId, Measure[] measures, Period? period) =>
        period is null
            ? measures.Select(m => store.Latest(indicatorId, m)).OfType<Observation>().FirstOrDefault()
            : measures.Select(m => store.Figures(indicatorId).FirstOrDefault(o =>
                    o.Area == Area.CambridgeCity && o.Breakdown.Length == 0 && o.Measure == m && o.Period.Key == period.Key))
                .OfType<Observation>().FirstOrDefault();

    /// <summary>Which of two figures of one measure and period is larger, in words: "Dwelling burglary rose more in percentage terms than shoplifting."</summary>
    private static string Which(Indicator x, Observation a, Indicator y, Observation b)
    {
        var (larger, smaller) = a.Value > b.Value ? (x, y) : (y, x);
        if (a.Measure != Measure.PercentChange)
        {
            // "which is bigger, shoplifting or burglary?": "Shoplifting is the larger of the two: 1,295 crimes against 647 crimes."
            var (more, less) = a.Value > b.Value ? (a, b) : (b, a);
            return $"{larger.DisplayName} is the larger of the two: {Figures.WithUnit(more, larger.Unit)} against {Figures.WithUnit(less, smaller.Unit)} {smaller.DisplayName.ToLowerInvariant()}.";
        }

        return (a.Value, b.Value) switch
        {
            ( > 0, > 0) => $"{larger.DisplayName} rose more in percentage terms than {smaller.DisplayName.ToLowerInvariant()}.",
            ( < 0, < 0) => $"{smaller.DisplayName} fell more in percentage terms than {larger.DisplayName.ToLowerInvariant()}.",
            _ => $"{larger.DisplayName} rose while {smaller.DisplayName.ToLowerInvariant()} did not.",
        };
    }
}
