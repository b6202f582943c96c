using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Sources;

/// <summary>
/// Where a topic's figures come from and what period each covers ("where does the 15.6 VAWG figure come from", "what
/// period is the road safety figure for"): the figures the store holds for the topic, grouped by where the assessment
/// took them from (its original source, the publication it cites with its publisher, the section and footnote), each
/// with its period and the period as the assessment prints it. Nothing is worked out: a figure the store marks as
/// derived says so, and a figure with no stated period says that.
/// </summary>
public sealed class FigureSourcesCardBuilder(IKnowledgeStore store)
{
    /// <summary>The most figures listed under one source: a long series is shown in full up to this.</summary>
    private const int MaxFiguresPerSource = 12;

    /// <summary>The card for indicator <paramref name="indicatorId"/>; null when there is no such indicator.</summary>
    public CardReply? Build(string indicatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indicatorId);
        if (store.FindIndicator(indicatorId) is not { } indicator)
        {
            return null;
        }

        var name = Names.InSentence(indicator.DisplayName);
        var groups = store.Figures(indicator.Id)
            .GroupBy(o => (o.Provenance.OriginalSource, o.Provenance.SourceId, o.Provenance.Section, o.Provenance.Footnote))
            .ToList();
        var body = new List<CardElement>
        {
            CardParts.Title($"Where the figures come from: {indicator.DisplayName}"),
            CardParts.Subtle("Cambridge City · " + indicator.Category),
        };
        // Sources its section draws on beyond the figures held (the CSEW's estimates, Addenbrooke's A&E chart): named, no figure made up.
        var drawnOn = store.Sources()
            .Where(s => s.IndicatorIds.Contains(indicator.Id, StringComparer.OrdinalIgnoreCase) && !groups.Any(g => string.Equals(g.Key.SourceId, s.Id, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var alsoWords = drawnOn.Count == 0 ? string.Empty
            : " Its section also draws on " + string.Join("; ", drawnOn.Select(s => Publisher(s) is { } by ? $"{s.Title} ({by})" : s.Title)) + ".";
        if (groups.Count == 0)
        {
            var none = drawnOn.Count == 0
                ? $"The 2017/18 strategic assessment gives no figures for {name}, so there is no source to name."
                : $"The 2017/18 strategic assessment gives no figures for {name} that SafetyBot holds.{alsoWords}";
            body.Add(CardParts.Text(none));
            body.AddRange(DrawnOn(drawnOn));
            return new CardReply(CardParts.Card(body, null, none), none);
        }

        var origins = new List<string>();
        foreach (var group in groups)
        {
            var origin = string.IsNullOrWhiteSpace(group.Key.OriginalSource) ? "Source not stated in the assessment" : group.Key.OriginalSource;
            var publication = group.Key.SourceId is { } id ? store.Source(id) : null;
            origins.Add(publication is null ? origin : $"{origin} (reported in \"{publication.Title}\", {publication.Publisher})");
            body.Add(CardParts.Heading(Markdown.Escape(origin)));
            if (publication is not null)
            {
                body.Add(CardParts.Subtle(Markdown.Escape($"Reported in \"{publication.Title}\" ({publication.Publisher})")));
            }

            var cited = group.Key.Section + (group.Key.Footnote is { } footnote ? $", footnote {footnote}" : string.Empty);
            body.Add(CardParts.Subtle(Markdown.Escape("Quoted in " + cited)));
            var figures = group.Take(MaxFiguresPerSource).ToList();
            body.Add(CardParts.Facts(figures.Select(o => (Markdown.Escape(Label(o)), Markdown.Escape(Value(o, indicator.Unit))))));
            if (group.Count() > figures.Count)
            {
                body.Add(CardParts.Subtle($"and {group.Count() - figures.Count} more from the same source."));
            }
        }

        var distinct = origins.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var summary = $"{Names.Capitalised(name)}: its figures in the 2017/18 assessment come from "
            + (distinct.Count == 1 ? distinct[0] : string.Join("; ", distinct.SkipLast(1)) + "; and " + distinct[^1])
            + ". Each figure is listed with its period." + alsoWords;
        body.AddRange(DrawnOn(drawnOn));
        var all = groups.SelectMany(g => g).ToList();
        body.Add(CardParts.Source(all.Select(o => o.Provenance)));
        var ask = all.Any(o => o.Measure is Measure.Count or Measure.Change or Measure.PercentChange) ? Intent.Change
            : all.Any(o => Figures.IsRate(o.Measure)) ? Intent.Rate
            : Intent.Volume;
        var actions = new[] { CardParts.Ask($"{Names.Capitalised(Names.Short(indicator.DisplayName))}: the figures", ask, indicator.Id) };
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>The sources a topic's section draws on without a figure of them held, each with where the assessment cites it.</summary>
    private static IEnumerable<CardElement> DrawnOn(IReadOnlyList<Source> sources)
    {
        if (sources.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("Also drawn on in its section");
        yield return CardParts.Facts(sources.Select(s => (Markdown.Escape(s.Title), Markdown.Escape(Publisher(s) is { } by ? $"{by}; {s.Provenance.Section}" : s.Provenance.Section))));
        yield return CardParts.Subtle("Their findings are quoted in words or shown as charts; SafetyBot holds no figures from them.");
    }

    /// <summary>Who published a source, or null when the assessment does not say.</summary>
    private static string? Publisher(Source source) =>
        source.Publisher.StartsWith("Not stated", StringComparison.OrdinalIgnoreCase) ? null : source.Publisher;

    /// <summary>What the figure is and when: "2017", "12 months to June 2017 (printed: July 16 to June 17), Cambridgeshire".</summary>
    private static string Label(Observation figure)
    {
        var period = figure.Period.StartYear > 0 ? figure.Period.Label : "period not stated";
        var printed = figure.Period.StartYear > 0 && figure.Provenance.PeriodText is { Length: > 0 } text
            && !string.Equals(text, figure.Period.Label, StringComparison.OrdinalIgnoreCase)
            ? $" (printed: {text})"
            : string.Empty;
        var area = figure.Area == Area.CambridgeCity ? string.Empty : ", " + Figures.AreaName(figure.Area);
        var breakdown = figure.Breakdown.Length > 0 ? ", " + figure.Breakdown : string.Empty;
        return period + printed + area + breakdown;
    }

    private static string Value(Observation figure, string unit) =>
        Figures.WithUnit(figure, unit) + (figure.IsDerived ? " (derived)" : string.Empty);
}
