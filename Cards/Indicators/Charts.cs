using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Indicators;

/// <summary>
/// Teams chart elements for indicator figures. Teams on mobile does not draw charts, so every
/// chart is placed next to the same numbers in text.
/// </summary>
internal static class Charts
{
    /// <summary>A line over three or more periods, bars for two.</summary>
    public static CardElement Over(string title, IReadOnlyList<Observation> figures)
    {
        if (figures.Count >= 3)
        {
            return new LineChart([new ChartSeries(title, [.. figures.Select(f => new ChartPoint(f.Period.Label, (double)f.Value))])])
            {
                Title = title,
            };
        }

        return new VerticalBarChart([.. figures.Select(f => new BarChartPoint(f.Period.Label, (double)f.Value))])
        {
            Title = title,
            ShowBarValues = true,
        };
    }

    /// <summary>Quarters of this year against the same quarters of the previous year.</summary>
    public static CardElement QuarterBars(string year, string previous, IReadOnlyList<QuarterFigures> quarters) =>
        new GroupedVerticalBarChart(
        [
            new ChartSeries(year, [.. quarters.Where(q => q.Current is not null).Select(q => new ChartPoint($"Q{q.Period.Quarter}", (double)q.Current!.Value))])
            {
                Color = ChartColor.CategoricalBlue,
            },
            new ChartSeries(previous, [.. quarters.Where(q => q.PreviousYear is not null).Select(q => new ChartPoint($"Q{q.Period.Quarter}", (double)q.PreviousYear!.Value))])
            {
                Color = ChartColor.CategoricalMarigold,
            },
        ])
        {
            Title = $"By quarter: {year} against {previous}",
            ShowBarValues = true,
        };
}
