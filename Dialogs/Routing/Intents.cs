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
    public const string Help = "help";

    /// <summary>How has a topic changed on the previous year (the main answer card).</summary>
    public const string Change = "indicator.change";

    /// <summary>How many crimes or incidents in a year.</summary>
    public const string Volume = "indicator.volume";

    /// <summary>A rate per 1,000 population, per 100 dwellings or per 1,000 households.</summary>
    public const string Rate = "indicator.rate";

    /// <summary>How the city compares with its most similar group (iQuanta MSG).</summary>
    public const string Compare = "indicator.compare";

    /// <summary>The national picture (England and Wales, CSEW, ONS).</summary>
    public const string National = "indicator.national";

    /// <summary>What the partnership could do (Opportunities for the Partnership).</summary>
    public const string Opportunities = "indicator.opportunities";

    /// <summary>Financial-year quarters and year to date, against the previous year.</summary>
    public const string Quarters = "indicator.quarters";

    /// <summary>A long series over several years.</summary>
    public const string Series = "indicator.series";

    /// <summary>Biggest risers and fallers on the previous year.</summary>
    public const string Movers = "movers";

    /// <summary>Key findings and emerging local trends of the assessment.</summary>
    public const string Findings = "findings";

    /// <summary>One recommended priority or programme.</summary>
    public const string Priority = "priority.show";

    /// <summary>A guided walk through all the priorities.</summary>
    public const string PriorityWalkthrough = "priority.walkthrough";

    /// <summary>What a term or abbreviation means.</summary>
    public const string Glossary = "glossary";

    /// <summary>Why sources disagree, and other caveats about the figures.</summary>
    public const string Caveats = "caveats";

    /// <summary>Admins: the questions SafetyBot could not answer.</summary>
    public const string UnansweredReview = "admin.unanswered";

    /// <summary>Nothing fitted.</summary>
    public const string Unknown = "unknown";

    /// <summary>Two topics fitted equally: ask which.</summary>
    public const string Clarify = "clarify";
}
