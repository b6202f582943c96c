using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Outcomes;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Schedule;

namespace SafetyBot.Cards.Summaries;

/// <summary>
/// The quarterly summary: the quarter, outcome updates logged in it (counts by status, the latest
/// per action, actions with none), every count the store holds for the quarter against the same quarter a
/// year before with their sources, the quarter's risers and fallers, what is not loaded for the quarter yet,
/// the headline movers of the latest assessment, and buttons to drill in.
/// </summary>
public sealed class QuarterlySummaryCardBuilder(IKnowledgeStore store, KnowledgeActionCatalog actions)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The summary of <paramref name="quarter"/>: updates logged from its first midnight to its last midnight in
    /// the partnership's <paramref name="zone"/> count, and its dates are shown as the partnership reads them.
    /// </summary>
    /// <param name="quarter">The quarter summed up.</param>
    /// <param name="zone">The partnership's time zone.</param>
    /// <param name="updates">
    /// The outcome updates logged in the quarter (from <see cref="FinancialQuarter.StartsAt"/> to
    /// <see cref="FinancialQuarter.EndsAt"/> in <paramref name="zone"/>), newest first.
    /// </param>
    public CardReply Build(FinancialQuarter quarter, TimeZoneInfo zone, IReadOnlyList<OutcomeUpdate> updates)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(updates);
        var latest = updates.GroupBy(u => u.ActionId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var body = new List<CardElement>
        {
            CardParts.Title($"Quarterly summary: {quarter.Label}"),
            CardParts.Subtle("Cambridge City Community Safety Partnership"),
            CardParts.Heading("Outcome updates logged this quarter"),
        };
        body.Add(updates.Count == 0
            ? CardParts.Text("No outcome updates were logged in the quarter.")
            : CardParts.Facts(Enum.GetValues<OutcomeStatus>().Select(s => (OutcomeStatusText.Of(s), updates.Count(u => u.Status == s).ToString(CultureInfo.InvariantCulture)))));

        body.AddRange(QuarterFigures(quarter));
        body.AddRange(Movers());
        var all = actions.All();
        foreach (var priority in store.Priorities().OrderBy(p => p.Number))
        {
            body.AddRange(PrioritySection(priority, all, latest));
        }

        var silent = all.Where(a => !latest.ContainsKey(a.Action.Id)).Select(a => a.Action.Id).ToList();
        if (silent.Count > 0)
        {
            body.Add(CardParts.Heading("Actions with no update this quarter"));
            body.Add(CardParts.Text(string.Join(", ", silent)));
        }

        body.Add(CardParts.Source([], $"outcome updates logged {quarter.Start.ToString("d MMMM yyyy", English)} to {quarter.End.ToString("d MMMM yyyy", English)} ({zone.Id} time); movers from the latest assessment"));
        var statusWords = updates.Count == 0
            ? "no outcome updates logged"
            : string.Join(", ", Enum.GetValues<OutcomeStatus>().Where(s => updates.Any(u => u.Status == s)).Select(s => $"{updates.Count(u => u.Status == s)} {OutcomeStatusText.Of(s).ToLowerInvariant()}"));
        var summary = $"Quarterly summary for {quarter.Label}: {updates.Count} outcome update{(updates.Count == 1 ? string.Empty : "s")} ({statusWords}); {silent.Count} of {all.Count} actions had no update.";
        var buttons = new List<CardAction> { CardParts.Ask("Biggest risers and fallers", Intent.Movers) };
        buttons.AddRange(store.Priorities().OrderBy(p => p.Number).Select(p => (CardAction)CardParts.Ask($"Priority {p.Number}", Intent.Priority, p.Number.ToString(CultureInfo.InvariantCulture))));
        buttons.Add(CardParts.Ask("All updates", Intent.UpdateHistory));
        return new CardReply(CardParts.Card(body, buttons.Take(6), summary), summary);
    }

    private IEnumerable<CardElement> QuarterFigures(FinancialQuarter quarter)
    {
        var review = store.QuarterReview(quarter.StartYear, quarter.Quarter);
        yield return CardParts.Heading("Figures for the quarter");
        if (review.Figures.Count == 0)
        {
            yield return CardParts.Text("The store holds no figures for this quarter yet. Analysts can load them by sending SafetyBot a figures or police.uk file.");
        }
        else
        {
            yield return CardParts.Facts(review.Figures.Select(f =>
            {
                var before = f.YearBefore is { } previous ? $" ({Figures.Number(previous.Value)} a year before)" : " (no figure a year before)";
                return (f.Indicator.DisplayName, $"{Figures.Number(f.Current.Value)} {f.Indicator.Unit}{before}");
            }));
            yield return CardParts.Source(
                review.Figures.SelectMany(f => new[] { f.Current, f.YearBefore }).OfType<Observation>().Select(o => o.Provenance),
                review.Quarter.Label);
        }

        if (review.Risers.Count + review.Fallers.Count > 0)
        {
            yield return CardParts.Heading("Risers and fallers on the same quarter a year before");
            yield return CardParts.Facts(review.Risers.Concat(review.Fallers).Select(f => (f.Indicator.DisplayName, QuarterMoveText(f))));
            yield return CardParts.Subtle("Changes are worked out by SafetyBot from the two counts; no source states them.");
        }

        if (review.NotYetLoaded.Count > 0)
        {
            yield return CardParts.Heading("Not loaded for this quarter yet");
            yield return CardParts.Text(string.Join("; ", review.NotYetLoaded.Select(m => $"{m.Indicator.DisplayName} (latest: {m.Latest.Label})")));
        }
    }

    private static string QuarterMoveText(QuarterFigure figure)
    {
        var arrow = figure.Difference > 0 ? "▲" : "▼";
        var percent = figure.PercentChange is { } p ? $", {Figures.Signed(p)}%" : string.Empty;
        return $"{arrow} {Figures.Number(figure.Current.Value)} against {Figures.Number(figure.YearBefore!.Value)} ({Figures.Signed(figure.Difference!.Value)}{percent})";
    }

    private IEnumerable<CardElement> Movers()
    {
        var up = store.TopMovers(MoveDirection.Up, 3);
        var down = store.TopMovers(MoveDirection.Down, 3);
        if (up.Count + down.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("Headline movers in the latest assessment (2017 on 2016)");
        yield return CardParts.Facts(up.Concat(down).Select(m => (m.Indicator.DisplayName, MoverText(m))));
    }

    private static string MoverText(Mover mover)
    {
        var arrow = mover.PercentChange.Value > 0 ? "▲" : "▼";
        var change = Figures.ChangeWords(mover.Change?.Value, mover.PercentChange.Value);
        var volume = mover.Volume is { } v ? $", {Figures.Number(v.Value)} in {v.Period.Label}" : string.Empty;
        return $"{arrow} {change}{volume}";
    }

    private static IEnumerable<CardElement> PrioritySection(Priority priority, IReadOnlyList<(ProgrammeAction Action, Programme Programme)> all, Dictionary<string, OutcomeUpdate> latest)
    {
        var mine = all.Where(a => priority.ProgrammeCodes.Contains(a.Programme.Id)).ToList();
        var updated = mine.Where(a => latest.ContainsKey(a.Action.Id)).ToList();
        yield return CardParts.Heading($"Priority {priority.Number}: {priority.Title}");
        var counts = Enum.GetValues<OutcomeStatus>()
            .Select(status => (Status: status, Count: updated.Count(a => latest[a.Action.Id].Status == status)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {OutcomeStatusText.Of(x.Status).ToLowerInvariant()}");
        var statusText = updated.Count == 0 ? string.Empty : " (latest: " + string.Join(", ", counts) + ")";
        yield return CardParts.Subtle($"{updated.Count} of {mine.Count} actions updated this quarter{statusText}");
        foreach (var (action, _) in updated)
        {
            var update = latest[action.Id];
            yield return new TextBlock($"**{action.Id}** {OutcomeStatusText.Of(update.Status)}: {Markdown.Escape(update.Summary)}")
            {
                Color = OutcomeCardBuilder.StatusColor(update.Status),
                Spacing = Spacing.Small,
            };
        }
    }
}
