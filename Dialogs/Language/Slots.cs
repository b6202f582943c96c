namespace SafetyBot.Dialogs.Language;

/// <summary>Names of the slots an <see cref="Routing.Understanding"/> may carry (also the field names of card submits).</summary>
public static class Slots
{
    /// <summary>The topic's id (indicator id, priority or programme code, glossary term).</summary>
    public const string Topic = "topic";

    /// <summary>Candidate topic ids, separated by '|', when the question fitted several.</summary>
    public const string Candidates = "candidates";

    /// <summary>A calendar year.</summary>
    public const string Year = "year";

    /// <summary>First year of a range.</summary>
    public const string From = "from";

    /// <summary>Last year of a range.</summary>
    public const string To = "to";

    /// <summary>A financial year, "2017/18".</summary>
    public const string FinancialYear = "fy";

    /// <summary>A financial quarter, "1" to "4".</summary>
    public const string Quarter = "quarter";

    /// <summary>"true" when year to date was asked.</summary>
    public const string YearToDate = "ytd";

    /// <summary>"up" or "down" (biggest risers or fallers).</summary>
    public const string Direction = "direction";

    /// <summary>"true" when no word signalled the intent and it was assumed.</summary>
    public const string Assumed = "assumed";

    /// <summary>"true" when the question reads as a follow-up ("what about ...", "and ...").</summary>
    public const string FollowUp = "followUp";

    /// <summary>With <see cref="Routing.Intents.Clarify"/>: what would have been answered once the topic is known.</summary>
    public const string Asked = "asked";

    /// <summary>The question as typed, for the unanswered-questions review (never logged above Debug).</summary>
    public const string Question = "question";
}
