namespace SafetyBot.Dialogs.Language;

/// <summary>
/// What a question asks that the assessment does not hold, although it names something the assessment covers: a person's
/// details, a breakdown, a period (issue 13). The answer says so plainly and offers what the assessment does have.
/// </summary>
/// <param name="Kind">Which kind of gap.</param>
/// <param name="Breakdown">With <see cref="GapKind.Breakdown"/>: the breakdown asked for, as SafetyBot names it ("ward"); with <see cref="GapKind.Scope"/>: the part of the city the topic is given for; with <see cref="GapKind.AreaBoundary"/>: the part whose boundary is asked; else null.</param>
/// <param name="Measure">With <see cref="GapKind.Measure"/>: the measure asked for, as SafetyBot names it ("arrests"); else null.</param>
/// <param name="Related">With <see cref="GapKind.Measure"/>: words of a figure's breakdown that would be the one figure of that kind the assessment quotes; else empty.</param>
/// <param name="NearestCountNotOf">With <see cref="GapKind.Measure"/>: what the measure counts that a topic's crimes are not ("people",
/// "phones or other things stolen"), so the topic's own latest count of crimes is the nearest figure printed, shown labelled as
/// crimes and not as this; else null.</param>
/// <param name="NearestTopics">With <see cref="GapKind.Measure"/>: the topics (indicator ids) whose latest counts are the nearest figures
/// printed, when they are not the topics asked of ("how many things were stolen": property crime's); else empty.</param>
/// <param name="PartOf">With <see cref="GapKind.Measure"/>: true when the measure is a part of the topic asked of ("other sexual offences"),
/// whose figures count the whole; else false.</param>
public sealed record NoFigureGap(GapKind Kind, string? Breakdown = null, string? Measure = null, IReadOnlyList<string>? Related = null, string? NearestCountNotOf = null,
    IReadOnlyList<string>? NearestTopics = null, bool PartOf = false);
