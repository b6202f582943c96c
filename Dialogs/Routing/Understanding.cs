using SafetyBot.Cards;
using SafetyBot.Dialogs.Language;

namespace SafetyBot.Dialogs.Routing;

/// <summary>
/// What a member's turn was understood to ask: an <see cref="Cards.Intent"/> and typed slots.
/// Typed text (<see cref="IntentRecognizer"/>) and card buttons (<see cref="CardSubmit"/>) both
/// produce one; handlers read the slots and never parse text again. Immutable, so a recognised
/// understanding can be shared between turns.
/// </summary>
/// <param name="Intent">What is asked.</param>
/// <param name="FromCard">True when it came from a card button rather than typed text.</param>
public sealed record Understanding(Intent Intent, bool FromCard = false)
{
    /// <summary>The topic's id (indicator id, priority or programme code, action code, glossary term), or null.</summary>
    public string? Topic { get; init; }

    /// <summary>
    /// The place in the last answer's list the question points to ("the second one": 2, "the last one": -1), with no topic of
    /// its own; the follow-up resolver takes the item from the conversation's context. Null when it points to none.
    /// </summary>
    public int? ItemPlace { get; init; }

    /// <summary>The indicator ids the question fitted equally (with <see cref="Intent.Clarify"/>); empty otherwise.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    /// <summary>The period the question names (<see cref="PeriodSlots.None"/> when none).</summary>
    public PeriodSlots Period { get; init; } = PeriodSlots.None;

    /// <summary>The question reads as a follow-up ("what about ...", "and ...").</summary>
    public bool FollowUp { get; init; }

    /// <summary>No word signalled the intent and it was assumed (a bare topic is asked how it changed).</summary>
    public bool Assumed { get; init; }

    /// <summary>
    /// The follow-up asks for the year before the last answer's period ("and the year before?", "what about the previous
    /// year?"): the last year or financial year, one earlier.
    /// </summary>
    public bool YearBefore { get; init; }

    /// <summary>
    /// With <see cref="YearBefore"/>: how many years before the last answer's period ("five years earlier", "two years before
    /// that"); 1 when one year is asked.
    /// </summary>
    public int YearsBack { get; init; } = 1;

    /// <summary>
    /// With <see cref="Intent.Clarify"/>: what will be answered once the topic is known. With <see cref="Intent.NotCovered"/>
    /// and a <see cref="Topic"/>: the intent of the card that holds what the assessment does have on it (a glossary term's, a programme's);
    /// with <see cref="Intent.NotCovered"/> and a <see cref="Place"/>: <see cref="Intent.Compare"/> when the area is set against the city.
    /// </summary>
    public Intent? Asked { get; init; }

    /// <summary>A filter on a list answer (risers or fallers, by more than a percentage), or null.</summary>
    public ListFilter? Filter { get; init; }

    /// <summary>With <see cref="Intent.Passage"/>: what to look for in the assessment's own words.</summary>
    public PassageQuery? Passage { get; init; }

    /// <summary>
    /// A topic the member named that the assessment has no figures for ("robbery"), as they wrote it; or null. With
    /// <see cref="Intent.TopicPriority"/>: a subject that is no topic of figures ("the city centre"), looked for in the priorities' words.
    /// </summary>
    public string? UncoveredTopic { get; init; }

    /// <summary>With <see cref="Intent.TopicPriority"/>: which topics are not among the recommended priorities ("which topics are not priorities").</summary>
    public bool NotAmongThePriorities { get; init; }

    /// <summary>
    /// With <see cref="Intent.TopicPriority"/>: the priority's number the question names beside the topic ("is domestic abuse
    /// priority 3?", "road safety is priority 1, right?"), answered yes or no first; null when it names none.
    /// </summary>
    public int? PriorityNumber { get; init; }

    /// <summary>
    /// With <see cref="Intent.TopicPriority"/>: the priorities of the year the assessment reviews are asked in words, not by a year
    /// ("was domestic abuse priority 2 last year?", "... previously", "in the review of priorities").
    /// </summary>
    public bool ReviewedYear { get; init; }

    /// <summary>
    /// With <see cref="Intent.NotCovered"/>: another area the member asked about ("Fenland"), which the
    /// assessment names only in passing (it gives Cambridge City's figures); or null.
    /// </summary>
    public string? Place { get; init; }

    /// <summary>
    /// With <see cref="Intent.NotCovered"/>: what the question asks that the assessment does not hold (a person's details, a
    /// breakdown, a later period) about something it covers; or null.
    /// </summary>
    public NoFigureGap? Gap { get; init; }

    /// <summary>
    /// True when <see cref="Period"/> was not named but carried from questions that walked through the years of the last topic
    /// ("IDVA referrals in 2014/15?", "and 2016/17?", then "what about the engagement rate"): the other years stand beside it.
    /// </summary>
    public bool PeriodCarried { get; init; }

    /// <summary>With <see cref="Intent.Series"/>: the year asked for in the run of years (the first over a level, the highest), or null.</summary>
    public Cards.Indicators.SeriesPoint? Point { get; init; }

    /// <summary>The basis of a rate the question names ("per 1,000 households", "per 100 dwellings"), or null.</summary>
    public SafetyBot.Knowledge.Measure? RateBasis { get; init; }

    /// <summary>One cell of a table (a row and a column), or null.</summary>
    public TableCellSelector? Cell { get; init; }

    /// <summary>With <see cref="Intent.DialogAnswer"/>: the button's answer to a prompt.</summary>
    public PromptAnswer? Answer { get; init; }

    /// <summary>The waiting upload an Apply or Cancel button is about (<see cref="Verbs.UploadField"/>); null when typed.</summary>
    public string? UploadId { get; init; }

    /// <summary>The question as typed, kept only when nothing fitted, for the unanswered-questions review (never logged above Debug).</summary>
    public string? Question { get; init; }

    /// <summary>An understanding with no slots.</summary>
    public static Understanding Of(Intent intent, bool fromCard = false) => new(intent, fromCard);
}
