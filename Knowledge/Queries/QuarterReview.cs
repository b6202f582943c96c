namespace SafetyBot.Knowledge;

/// <summary>
/// A financial quarter across every indicator, for the quarterly summary: each whole-indicator count the store holds
/// for the quarter with the same quarter a year before, the biggest risers and fallers between the two, and the
/// indicators with quarterly counts that have none for this quarter yet. Gaps stay gaps: nothing is estimated.
/// </summary>
/// <param name="Quarter">The quarter.</param>
/// <param name="Figures">Every indicator with a count for the quarter, by name.</param>
/// <param name="Risers">Figures up on the same quarter a year before, the biggest relative rise first.</param>
/// <param name="Fallers">Figures down on the same quarter a year before, the biggest relative fall first.</param>
/// <param name="NotYetLoaded">Indicators with quarterly counts but none for this quarter, with the latest quarter held.</param>
public sealed record QuarterReview(
    Period Quarter,
    IReadOnlyList<QuarterFigure> Figures,
    IReadOnlyList<QuarterFigure> Risers,
    IReadOnlyList<QuarterFigure> Fallers,
    IReadOnlyList<(Indicator Indicator, Period Latest)> NotYetLoaded);
