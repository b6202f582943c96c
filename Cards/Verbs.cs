namespace SafetyBot.Cards;

/// <summary>
/// The verbs card buttons carry (Action.Submit <c>data.verb</c>). They are the intent names the
/// conversation router answers, so a click and the same question typed reach one handler.
/// </summary>
public static class Verbs
{
    /// <summary>How a topic changed (the main answer).</summary>
    public const string Change = "indicator.change";

    /// <summary>Volume of a topic.</summary>
    public const string Volume = "indicator.volume";

    /// <summary>Rates of a topic.</summary>
    public const string Rate = "indicator.rate";

    /// <summary>Most similar group comparison.</summary>
    public const string Compare = "indicator.compare";

    /// <summary>National picture.</summary>
    public const string National = "indicator.national";

    /// <summary>Opportunities for the partnership.</summary>
    public const string Opportunities = "indicator.opportunities";

    /// <summary>Quarters and year to date.</summary>
    public const string Quarters = "indicator.quarters";

    /// <summary>Long series.</summary>
    public const string Series = "indicator.series";

    /// <summary>Biggest risers and fallers.</summary>
    public const string Movers = "movers";

    /// <summary>Key findings and emerging trends.</summary>
    public const string Findings = "findings";

    /// <summary>One priority or programme.</summary>
    public const string Priority = "priority.show";

    /// <summary>Walk through the priorities.</summary>
    public const string PriorityWalkthrough = "priority.walkthrough";

    /// <summary>A glossary term.</summary>
    public const string Glossary = "glossary";

    /// <summary>Caveats about the figures.</summary>
    public const string Caveats = "caveats";

    /// <summary>Help and suggested questions.</summary>
    public const string Help = "help";

    /// <summary>Log an outcome update (leads).</summary>
    public const string LogUpdate = "outcome.log";

    /// <summary>Outcome updates of an action or programme, newest first.</summary>
    public const string UpdateHistory = "outcome.history";

    /// <summary>Field name of the topic in submit data.</summary>
    public const string TopicField = "topic";

    /// <summary>Field name of the direction ("up" or "down") of <see cref="Movers"/> in submit data.</summary>
    public const string DirectionField = "direction";
}
