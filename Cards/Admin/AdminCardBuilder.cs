using System.Globalization;
using SafetyBot.Cards.Building;
using SafetyBot.Cards.Model;
using SafetyBot.Cards.Replies;
using SafetyBot.Knowledge;
using SafetyBot.Knowledge.Outcomes;
using SafetyBot.Knowledge.Questions;

namespace SafetyBot.Cards.Admin;

/// <summary>Cards for admins and leads: leads of actions, the audit log, unanswered questions, the updates export.</summary>
public static class AdminCardBuilder
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Who leads: the agencies the assessment itself names (<paramref name="named"/>, in its words), then the action
    /// leads assigned in SafetyBot, in one answer. Asked of one subject (<paramref name="ofASubject"/>) for which the
    /// assessment names no agency, it says so before SafetyBot's own leads.
    /// </summary>
    public static CardReply Leads(
        string subject,
        IReadOnlyList<(string ActionId, string Title, IReadOnlyList<ActionLead> Leads)> actions,
        IReadOnlyList<(string About, NamedLead Lead)>? named = null,
        bool ofASubject = false)
    {
        ArgumentNullException.ThrowIfNull(actions);
        named ??= [];
        var led = actions.Count(a => a.Leads.Count > 0);
        var assigned = actions.Where(a => a.Leads.Count > 0).ToList();
        var inSafetyBot = assigned.Count == 0
            ? $"in SafetyBot, none of the {actions.Count} actions for {subject} has a lead yet"
            : "in SafetyBot, " + string.Join("; ", assigned.Select(a => $"{a.ActionId} is led by {string.Join(" and ", a.Leads.Select(l => l.Name))}"))
                + (assigned.Count < actions.Count ? $" ({actions.Count - assigned.Count} of {actions.Count} actions have no lead yet)" : string.Empty);
        var summary = named.Count == 0 && ofASubject
            ? $"The assessment names no lead for {subject}; {inSafetyBot}."
            : named.Count == 0
            ? $"Leads for {subject}: {led} of {actions.Count} actions have a lead."
            : "The assessment names " + string.Join("; ", named.Select(n => $"{n.Lead.Agency} as lead on {n.About} (\u201C{n.Lead.Words}\u201D)"))
                + "; " + inSafetyBot + ".";
        var body = new List<CardElement> { CardParts.Title(named.Count == 0 ? "Action leads" : "Who leads"), CardParts.Subtle(subject) };
        if (named.Count > 0)
        {
            body.Add(CardParts.Heading("Named in the assessment"));
            body.Add(CardParts.Facts(named.Select(n => (Markdown.Escape(n.About), Markdown.Escape(n.Lead.Agency)))));
            body.AddRange(named.Select(n => CardParts.Subtle($"\u201C{Markdown.Escape(n.Lead.Words)}\u201D")));
            body.Add(CardParts.Heading("Action leads in SafetyBot"));
        }

        body.Add(CardParts.Facts(actions.Select(a => ($"{a.ActionId}", a.Leads.Count == 0 ? "No lead yet" : string.Join(", ", a.Leads.Select(l => Markdown.Escape(l.Name)))))));
        // The hint names an action of this card (its first without a lead, else its first), never one the member is not looking at.
        if ((actions.FirstOrDefault(a => a.Leads.Count == 0).ActionId ?? actions.FirstOrDefault().ActionId) is { } example)
        {
            body.Add(CardParts.Subtle($"Admins can say \"make someone the lead for {example}\" or \"remove the lead for {example}\"."));
        }

        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>The newest audit entries.</summary>
    public static CardReply Audit(IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var summary = entries.Count == 0 ? "The audit log is empty." : $"The {entries.Count} most recent writes, newest first.";
        var body = new List<CardElement> { CardParts.Title("Audit log"), CardParts.Subtle("Every write: who, when, what, and the record before and after.") };
        foreach (var entry in entries)
        {
            var items = new List<CardElement>
            {
                new TextBlock($"**{Markdown.Escape(entry.What)}** · {Markdown.Escape(entry.Subject)} · {entry.At.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", English)}"),
                CardParts.Subtle($"By {Markdown.Escape(entry.WhoName)} ({Markdown.Escape(entry.Who)})"),
            };
            if (entry.Before is { } before)
            {
                items.Add(CardParts.Subtle("Before: " + Markdown.Escape(Shorten(before))));
            }

            if (entry.After is { } after)
            {
                items.Add(CardParts.Subtle("After: " + Markdown.Escape(Shorten(after))));
            }

            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Small });
        }

        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>Questions SafetyBot could not answer, newest first, without who asked.</summary>
    public static CardReply Unanswered(IReadOnlyList<UnansweredQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var summary = questions.Count == 0 ? "No unanswered questions have been recorded." : $"{questions.Count} questions SafetyBot could not answer, newest first.";
        var body = new List<CardElement>
        {
            CardParts.Title("Unanswered questions"),
            CardParts.Subtle("Recorded without who asked or where. Use them to decide what SafetyBot should learn next."),
        };
        body.AddRange(questions.Select(q => (CardElement)new TextBlock($"\"{Markdown.Escape(q.Text)}\" · asked {q.Times} time{(q.Times == 1 ? string.Empty : "s")}, last {q.LastAsked.UtcDateTime.ToString("d MMM yyyy", English)}") { Spacing = Spacing.Small }));
        return new CardReply(CardParts.Card(body, null, summary), summary);
    }

    /// <summary>A link to download every outcome update as CSV.</summary>
    public static CardReply Export(Uri link, int count, TimeSpan validFor)
    {
        ArgumentNullException.ThrowIfNull(link);
        var summary = $"{count} outcome updates are ready to download as CSV. The link works for {validFor.TotalMinutes:0} minutes.";
        var body = new List<CardElement>
        {
            CardParts.Title("Outcome updates export"),
            CardParts.Text(summary),
            CardParts.Subtle("Columns: id, action_id, status, summary, measure_value, measure_unit, occurred_on, logged_at, logged_by."),
        };
        return new CardReply(CardParts.Card(body, [new OpenUrlAction("Download CSV", link)], summary), summary);
    }

    private static string Shorten(string json) => json.Length <= 300 ? json : json[..300] + "…";
}
