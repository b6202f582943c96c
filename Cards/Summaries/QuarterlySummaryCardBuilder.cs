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
/// per action, actions with none), any figures the store holds for the quarter against the year
/// before, the headline movers of the latest assessment, and buttons to drill in.
/// </summary>
public sealed class QuarterlySummaryCardBuilder(IKnowledgeStore store, IOutcomeStore outcomes, KnowledgeActionCatalog actions)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// The summary of <paramref name="quarter"/>: updates logged from its first midnight to its last midnight in
    /// the partnership's <paramref name="zone"/> count, and its dates are shown as the partnership reads them.
    /// </summary>
    public CardReply Build(FinancialQuarter quarter, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(zone);
        var updates = outcomes.UpdatesLogged(quarter.StartsAt(zone), quarter.EndsAt(zone));
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
        var figures = store.Indicators()
            .Select(i => (Indicator: i, Table: store.Quarters(i.Id, quarter.StartYear, AreaOf(i.Id))))
            .Select(x => (x.Indicator, Quarter: x.Table?.Quarters.FirstOrDefault(q => q.Period.Quarter == quarter.Quarter)))
            .Where(x => x.Quarter?.Current is not null)
            .ToList();
        if (figures.Count == 0)
        {
            yield return CardParts.Heading("Figures for the quarter");
            yield return CardParts.Text("The store holds no figures for this quarter yet. Analysts can load them with the figures import.");
            yield break;
        }

        yield return CardParts.Heading("Figures for the quarter");
        yield return CardParts.Facts(figures.Select(x =>
        {
            var current = Figures.Number(x.Quarter!.Current!.Value);
            var before = x.Quarter.PreviousYear is { } previous ? $" ({Figures.Number(previous.Value)} a year before)" : string.Empty;
            return (x.Indicator.DisplayName, $"{current} {x.Indicator.Unit}{before}");
        }));
    }

    private Area AreaOf(string indicatorId) =>
        store.Figures(indicatorId).FirstOrDefault(o => o.Period.Kind == PeriodKind.FinancialQuarter)?.Area ?? Area.CambridgeCity;

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
