namespace SafetyBot.Dialogs.Language;

/// <summary>
/// What a question asks that the assessment does not hold, although it names something the assessment covers: a person's
/// details, a breakdown, a period (issue 13). The answer says so plainly and offers what the assessment does have.
/// </summary>
/// <param name="Kind">Which kind of gap.</param>
/// <param name="Breakdown">With <see cref="GapKind.Breakdown"/>: the breakdown asked for, as SafetyBot names it ("ward"); else null.</param>
public sealed record NoFigureGap(GapKind Kind, string? Breakdown = null);
