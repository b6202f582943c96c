using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Which topics a list answer keeps: "what went down", "which topics rose by more than 20%", "which acquisitive crimes
/// increased", "which topics does the SOCP flag", "list the 2017/18 priorities", "give me all the key dates".
/// </summary>
public sealed record ListFilter
{
    /// <summary>Risers or fallers; null for both.</summary>
    public MoveDirection? Direction { get; init; }

    /// <summary>Only changes of at least this many percent (a positive number), or null for any change.</summary>
    public decimal? ThresholdPercent { get; init; }

    /// <summary>Only the topics of this group of the scanning table (an indicator's category, "Property crime"), or null for all.</summary>
    public string? Category { get; init; }

    /// <summary>
    /// Only the topics whose scanning-table text mentions this: a glossary term's id (its names are looked for, "socp"),
    /// or a word of the assessment ("unsighted"); null for no such condition.
    /// </summary>
    public string? Mention { get; init; }

    /// <summary>With <see cref="Mention"/>: only text of this kind counts ("further" in what the partnership could do); null for any.</summary>
    public NarrativeKind? MentionIn { get; init; }

    /// <summary>The priorities the assessment reviews (2017/18) rather than topics.</summary>
    public bool Reviewed { get; init; }

    /// <summary>The dated events the assessment mentions (accreditations, conferences, markers introduced) rather than topics.</summary>
    public bool KeyDates { get; init; }

    /// <summary>The publications the assessment cites (its footnoted sources) rather than topics.</summary>
    public bool Sources { get; init; }

    /// <summary>
    /// "Which crime is the most common?", "which property crime is smallest?": the topics put in order by the counts the
    /// assessment prints (with <see cref="Category"/>, that group's), largest or smallest first; null for no such order.
    /// </summary>
    public SafetyBot.Cards.Lists.VolumeOrder? ByVolume { get; init; }

    /// <summary>With <see cref="ByVolume"/>: the rates per head the assessment prints put in order, not the counts.</summary>
    public bool Rates { get; init; }

    /// <summary>The sections of the assessment itself (its executive summary, review of priorities and scanning table) rather than topics.</summary>
    public bool Sections { get; init; }
}
