using SafetyBot.Cards;

namespace SafetyBot.Dialogs.Routing;

/// <summary>
/// The names of everything SafetyBot can be asked. Typed text is recognised into one of these;
/// every card button (Action.Submit) carries one as its <c>verb</c>, so both reach the same handler.
/// </summary>
public static class Intents
{
    /// <summary>Hello, hi, good morning.</summary>
    public const string Greeting = "greeting";

    /// <summary>Thanks, cheers.</summary>
    public const string Thanks = "thanks";

    /// <summary>What can you do?</summary>
    public const string Help = Verbs.Help;

    /// <summary>How has a topic changed on the previous year (the main answer card).</summary>
    public const string Change = Verbs.Change;

    /// <summary>How many crimes or incidents in a year.</summary>
    public const string Volume = Verbs.Volume;

    /// <summary>A rate per 1,000 population, per 100 dwellings or per 1,000 households.</summary>
    public const string Rate = Verbs.Rate;

    /// <summary>How the city compares with its most similar group (iQuanta MSG).</summary>
    public const string Compare = Verbs.Compare;

    /// <summary>The national picture (England and Wales, CSEW, ONS).</summary>
    public const string National = Verbs.National;

    /// <summary>What the partnership could do (Opportunities for the Partnership).</summary>
    public const string Opportunities = Verbs.Opportunities;

    /// <summary>Financial-year quarters and year to date, against the previous year.</summary>
    public const string Quarters = Verbs.Quarters;

    /// <summary>A long series over several years.</summary>
    public const string Series = Verbs.Series;

    /// <summary>Biggest risers and fallers on the previous year.</summary>
    public const string Movers = Verbs.Movers;

    /// <summary>Key findings and emerging local trends of the assessment.</summary>
    public const string Findings = Verbs.Findings;

    /// <summary>One recommended priority or programme.</summary>
    public const string Priority = Verbs.Priority;

    /// <summary>A guided walk through all the priorities.</summary>
    public const string PriorityWalkthrough = Verbs.PriorityWalkthrough;

    /// <summary>What a term or abbreviation means.</summary>
    public const string Glossary = Verbs.Glossary;

    /// <summary>Why sources disagree, and other caveats about the figures.</summary>
    public const string Caveats = Verbs.Caveats;

    /// <summary>Admins: the questions SafetyBot could not answer.</summary>
    public const string UnansweredReview = "admin.unanswered";

    /// <summary>Leads: log an outcome update for an action.</summary>
    public const string LogUpdate = Verbs.LogUpdate;

    /// <summary>Outcome updates of an action or programme, newest first.</summary>
    public const string UpdateHistory = Verbs.UpdateHistory;

    /// <summary>All outcome updates as a CSV file.</summary>
    public const string ExportUpdates = "outcome.export";

    /// <summary>Who leads an action or programme.</summary>
    public const string ListLeads = "leads.list";

    /// <summary>Admins: make a member the lead of an action.</summary>
    public const string AssignLead = "leads.assign";

    /// <summary>Admins: remove a lead from an action.</summary>
    public const string RemoveLead = "leads.remove";

    /// <summary>Admins: the audit log of writes.</summary>
    public const string AuditLog = "admin.audit";

    /// <summary>Show the quarterly summary (the last completed quarter, or the one named).</summary>
    public const string ShowSummary = "summary.show";

    /// <summary>Admins: send the quarterly summary to subscribed conversations now.</summary>
    public const string SendSummary = "summary.send";

    /// <summary>Admins: preview the quarterly summary, privately.</summary>
    public const string PreviewSummary = "summary.preview";

    /// <summary>Admins: subscribe this conversation to the quarterly summary.</summary>
    public const string Subscribe = "subscriptions.add";

    /// <summary>Admins: unsubscribe this conversation.</summary>
    public const string Unsubscribe = "subscriptions.remove";

    /// <summary>Admins: list subscriptions.</summary>
    public const string ListSubscriptions = "subscriptions.list";

    /// <summary>Nothing fitted.</summary>
    public const string Unknown = "unknown";

    /// <summary>Two topics fitted equally: ask which.</summary>
    public const string Clarify = "clarify";
}
