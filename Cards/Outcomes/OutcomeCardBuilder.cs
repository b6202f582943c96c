using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Formatting;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge.Outcomes;

namespace SafetyBot.Cards.Outcomes;

/// <summary>The cards of outcome updates: the summary before saving, the confirmation, and the history of an action or programme.</summary>
public static class OutcomeCardBuilder
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The draft, for the lead to check before saving.</summary>
    public static CardReply Summary(OutcomeDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var summary = $"Check your update for {draft.ActionId}: {OutcomeStatusText.Of(draft.Status)}. Save it, change something, or cancel.";
        var body = new List<CardElement>
        {
            CardParts.Title("Check your update"),
            CardParts.Subtle($"{draft.ActionId} {draft.ActionTitle}"),
            Facts(draft),
            CardParts.Subtle("Nothing is saved until you choose Save."),
        };
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>The confirmation, sent once the update is safely stored.</summary>
    public static CardReply Saved(OutcomeDraft draft, OutcomeUpdate saved, bool wasRepeat)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(saved);
        var summary = wasRepeat
            ? $"That update for {draft.ActionId} was already saved at {When(saved.LoggedAt)}; it was not saved twice."
            : $"Saved: {draft.ActionId} is {OutcomeStatusText.Of(draft.Status).ToLowerInvariant()}. Logged by {saved.LoggedByName} at {When(saved.LoggedAt)}.";
        var body = new List<CardElement>
        {
            new Container([CardParts.Title(wasRepeat ? "Already saved" : "Update saved")]) { Style = ContainerStyle.Good, Bleed = true },
            CardParts.Subtle($"{draft.ActionId} {draft.ActionTitle}"),
            Facts(draft),
            CardParts.Subtle($"Logged by {saved.LoggedByName}, {When(saved.LoggedAt)}. Members can read it with \"show updates for {draft.ActionId}\"."),
        };
        CardAction[] actions = [CardParts.Ask("Show updates", Intent.UpdateHistory, draft.ActionId), CardParts.Ask("Log another update", Intent.LogUpdate)];
        return new CardReply(CardParts.Card(body, actions, summary), summary);
    }

    /// <summary>The updates of <paramref name="subject"/>, newest first.</summary>
    /// <param name="subject">"1.1-a Identify and understand..." or "1.1 County lines/cuckooing".</param>
    /// <param name="updates">Newest first.</param>
    /// <param name="leads">The leads of the actions shown.</param>
    public static CardReply History(string subject, IReadOnlyList<OutcomeUpdate> updates, IReadOnlyList<ActionLead> leads)
    {
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(leads);
        var summary = updates.Count == 0
            ? $"No outcome updates have been logged for {subject} yet."
            : $"{updates.Count} outcome update{(updates.Count == 1 ? string.Empty : "s")} for {subject}; the latest: {OutcomeStatusText.Of(updates[0].Status)}, {When(updates[0].LoggedAt)}.";
        var body = new List<CardElement>
        {
            CardParts.Title("Outcome updates"),
            CardParts.Subtle(subject),
            CardParts.Text(leads.Count == 0 ? "No lead assigned yet." : "Leads: " + string.Join(", ", leads.Select(l => $"{Markdown.Escape(l.Name)} ({l.ActionId})").Distinct())),
        };
        if (updates.Count == 0)
        {
            body.Add(CardParts.Text("No updates logged yet."));
        }

        foreach (var update in updates.Take(10))
        {
            body.Add(new Container(
            [
                new TextBlock($"**{OutcomeStatusText.Of(update.Status)}** · {update.ActionId} · {When(update.LoggedAt)} · {Markdown.Escape(update.LoggedByName)}") { Color = StatusColor(update.Status) },
                CardParts.Text(Markdown.Escape(update.Summary)),
                .. MeasureAndDate(update),
            ])
            {
                Separator = true,
                Spacing = Spacing.Medium,
            });
        }

        if (updates.Count > 10)
        {
            body.Add(CardParts.Subtle($"{updates.Count - 10} older updates are in the CSV export (\"export updates\")."));
        }

        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>Colour of a status on cards.</summary>
    public static TextColor StatusColor(OutcomeStatus status) => status switch
    {
        OutcomeStatus.OnTrack or OutcomeStatus.Complete => TextColor.Good,
        OutcomeStatus.AtRisk => TextColor.Warning,
        _ => TextColor.Attention,
    };

    private static FactSet Facts(OutcomeDraft draft) => CardParts.Facts(
    [
        ("Action", draft.ActionId),
        ("Status", OutcomeStatusText.Of(draft.Status)),
        ("What happened", Markdown.Escape(draft.Summary)),
        ("Measure", draft.MeasureValue is { } value ? $"{Figures.Number(value)} {Markdown.Escape(draft.MeasureUnit ?? string.Empty)}".Trim() : "None"),
        ("Date", draft.OccurredOn?.ToString("d MMMM yyyy", English) ?? "None"),
    ]);

    private static IEnumerable<CardElement> MeasureAndDate(OutcomeUpdate update)
    {
        var parts = new List<string>();
        if (update.MeasureValue is { } value)
        {
            parts.Add($"Measure: {Figures.Number(value)} {Markdown.Escape(update.MeasureUnit ?? string.Empty)}".Trim());
        }

        if (update.OccurredOn is { } date)
        {
            parts.Add("Date: " + date.ToString("d MMMM yyyy", English));
        }

        if (parts.Count > 0)
        {
            yield return CardParts.Subtle(string.Join(" · ", parts));
        }
    }

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy HH:mm 'UTC'", English);
}
