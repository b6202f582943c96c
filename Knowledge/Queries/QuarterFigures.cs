namespace SafetyBot.Knowledge;

/// <summary>A quarter (or year to date) with the same period of the previous financial year. Gaps stay null.</summary>
/// <param name="Period">The period of the current year.</param>
/// <param name="Current">This year's figure, or null when not (yet) given.</param>
/// <param name="PreviousYear">The same period a year before, or null when not given.</param>
public sealed record QuarterFigures(Period Period, Observation? Current, Observation? PreviousYear);
