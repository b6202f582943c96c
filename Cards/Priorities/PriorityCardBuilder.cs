using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Indicators;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Cards.Priorities;

/// <summary>
/// A recommended priority (1, 2, 3) or one of its programmes (1.1, 1.2, 2.1, 3.1): what it is,
/// the evidence behind it with figures, the actions with their leads and latest outcome updates,
/// and what the 2017/18 review said of the interventions and their outcomes.
/// </summary>
public sealed class PriorityCardBuilder(IKnowledgeStore store)
{
    /// <summary>
    /// Every recommended priority with its programmes, in one sentence: "The 2018/19 assessment recommends 3 priorities:
    /// 1 Safeguarding people against violence and exploitation (1.1 County lines/cuckooing, 1.2 Exploitation of adults); ...".
    /// </summary>
    public string Overview()
    {
        var priorities = store.Priorities().OrderBy(p => p.Number).ToList();
        if (priorities.Count == 0)
        {
            return "The store holds no recommended priorities.";
        }

        var year = priorities[0].Year;
        var listed = priorities.Select(p =>
        {
            var programmes = p.ProgrammeCodes.Select(code => store.Programme(code) is { } detail ? $"{code} {detail.Programme.Title}" : code).ToList();
            return $"{p.Number.ToString(CultureInfo.InvariantCulture)} {p.Title}" + (programmes.Count > 0 ? $" ({string.Join(", ", programmes)})" : string.Empty);
        });
        return $"The assessment recommends {priorities.Count.ToString(CultureInfo.InvariantCulture)} priorities for {year}: {string.Join("; ", listed)}.";
    }

    /// <summary>The card for priority or programme <paramref name="code"/>, or null when there is none.</summary>
    /// <param name="code">"1".."3" or a programme code such as "1.1".</param>
    /// <param name="progress">The actions' leads and latest updates, shown with each action.</param>
    /// <param name="extraActions">Buttons to add (the walkthrough's Next / Back / Stop).</param>
    public CardReply? Build(string code, ActionProgress progress, IReadOnlyList<CardAction>? extraActions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(progress);
        if (code.Contains('.', StringComparison.Ordinal))
        {
            return store.Programme(code) is { } programme ? BuildProgramme(programme, progress, extraActions) : null;
        }

        return int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && store.Priority(number) is { } priority
            ? BuildPriority(priority, progress, extraActions)
            : null;
    }

    private CardReply BuildPriority(PriorityDetail detail, ActionProgress progress, IReadOnlyList<CardAction>? extraActions)
    {
        var priority = detail.Priority;
        var body = new List<CardElement>
        {
            CardParts.Title($"Priority {priority.Number}: {priority.Title}"),
            CardParts.Subtle($"Recommended priority for {priority.Year}"),
        };
        body.AddRange(CardParts.Expandable($"priority-{priority.Number}", priority.Description));
        foreach (var programme in detail.Programmes)
        {
            body.AddRange(ProgrammeSection(programme, progress, lead: false));
        }

        body.Add(CardParts.Source([priority.Provenance, .. detail.Programmes.Select(p => p.Programme.Provenance)]));
        var programmes = string.Join(", ", detail.Programmes.Select(p => $"{p.Programme.Id} {p.Programme.Title}"));
        var summary = $"Priority {priority.Number} for {priority.Year}: {priority.Title}." + (programmes.Length > 0 ? $" Programmes: {programmes}." : string.Empty);
        var actions = CardParts.WithExtraActions(
            detail.Programmes.Take(3).Select(p => (CardAction)CardParts.Ask($"Programme {p.Programme.Id}", Intent.Priority, p.Programme.Id)),
            extraActions);
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    private CardReply BuildProgramme(ProgrammeDetail detail, ActionProgress progress, IReadOnlyList<CardAction>? extraActions)
    {
        var programme = detail.Programme;
        var body = new List<CardElement>
        {
            CardParts.Title($"{programme.Id} {programme.Title}"),
            CardParts.Subtle($"Programme of priority {detail.Priority.Number}: {detail.Priority.Title} ({detail.Priority.Year})"),
        };
        body.AddRange(ProgrammeSection(detail, progress, lead: true));
        body.AddRange(Review(detail));
        body.Add(CardParts.Source([programme.Provenance, .. detail.ReviewedPriorities.Select(r => r.Provenance)]));
        var summary = $"Programme {programme.Id} {programme.Title}, part of priority {detail.Priority.Number} for {detail.Priority.Year}.";
        CardAction[] actions =
        [
            CardParts.Ask("Log an update", Intent.LogUpdate, programme.Id),
            CardParts.Ask("Show updates", Intent.UpdateHistory, programme.Id),
            CardParts.Ask($"Priority {detail.Priority.Number}", Intent.Priority, detail.Priority.Number.ToString(CultureInfo.InvariantCulture)),
        ];
        return new CardReply(CardParts.Card(body, CardParts.WithExtraActions(actions, extraActions), summary), summary);
    }

    private IEnumerable<CardElement> ProgrammeSection(ProgrammeDetail detail, ActionProgress progress, bool lead)
    {
        var programme = detail.Programme;
        if (!lead)
        {
            yield return CardParts.Heading($"{programme.Id} {programme.Title}");
        }

        yield return CardParts.Text(programme.Description);
        var evidence = detail.Evidence.Select(e => e.Indicator.Id).Distinct(StringComparer.Ordinal).ToList();
        if (evidence.Count > 0)
        {
            yield return new TextBlock("Evidence") { Weight = TextWeight.Bolder, Spacing = Spacing.Small };
            yield return CardParts.Facts(evidence.Select(id =>
            {
                var facts = IndicatorFacts.Read(store, id);
                return (facts.Indicator.DisplayName, EvidenceLine(IndicatorSummaries.Headline(facts, new IndicatorQuestion(id, IndicatorFocus.Change)), facts.Indicator.DisplayName));
            }));
        }

        if (programme.Actions.Count > 0)
        {
            yield return new TextBlock("Actions, leads and latest updates") { Weight = TextWeight.Bolder, Spacing = Spacing.Small };
            foreach (var action in programme.Actions)
            {
                var leads = progress.LeadsOf(action.Id);
                var leadText = leads.Count > 0 ? "Lead: " + string.Join(", ", leads.Select(l => l.Name)) : "No lead assigned yet";
                var update = progress.Latest.GetValueOrDefault(action.Id);
                var updateText = update is null
                    ? "No update logged"
                    : $"{OutcomeStatusText.Of(update.Status)} ({update.LoggedAt.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}): {Markdown.Escape(update.Summary)}";
                yield return new Container(
                [
                    new TextBlock($"**{action.Id}** {action.Title}") { Spacing = Spacing.None },
                    CardParts.Subtle($"{leadText} · {updateText}"),
                ])
                {
                    Spacing = Spacing.Small,
                };
            }
        }
    }

    private static IEnumerable<CardElement> Review(ProgrammeDetail detail)
    {
        var interventions = detail.Interventions;
        var outcomesReviewed = detail.Outcomes;
        if (interventions.Count == 0 && outcomesReviewed.Count == 0)
        {
            yield break;
        }

        yield return CardParts.Heading("What the 2017/18 review found");
        var text = string.Join("\n\n", interventions.Select(i => $"**Intervention: {i.Title}.** {i.Text}")
            .Concat(outcomesReviewed.Select(o => $"**Outcome: {o.Title}.** {o.Text}")));
        foreach (var element in CardParts.Expandable($"review-{detail.Programme.Id.Replace('.', '-')}", text))
        {
            yield return element;
        }
    }

    /// <summary>"Drugs (including county lines), 2017: 357 crimes, down 112 (24%)..." without repeating the name.</summary>
    private static string EvidenceLine(string headline, string name) =>
        headline.StartsWith(name + ", ", StringComparison.Ordinal) ? headline[(name.Length + 2)..] : headline;
}
