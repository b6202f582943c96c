using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>What a police.uk upload would change, worked out without writing: the preview.</summary>
/// <param name="Files">The files' names.</param>
/// <param name="Errors">Every problem with its file, line and column; when any, nothing may be applied.</param>
/// <param name="MonthRange">The months covered, e.g. "April 2018 to June 2018"; empty when none.</param>
/// <param name="NewIndicators">Indicators to create for categories the store has no indicator for.</param>
/// <param name="Added">Figures for keys the store does not have.</param>
/// <param name="Superseded">Earlier police.uk figures the upload replaces with a different value: before and after.</param>
/// <param name="Unchanged">Figures with the value the store already holds.</param>
/// <param name="Kept">Figures left out because the store holds a figure of another source for the same indicator and period.</param>
/// <param name="IncompleteQuarters">Quarters with a month missing, which get no quarterly figure.</param>
/// <param name="Tally">The records counted.</param>
public sealed record PoliceUkPlan(
    IReadOnlyList<string> Files,
    IReadOnlyList<CsvError> Errors,
    string MonthRange,
    IReadOnlyList<Indicator> NewIndicators,
    IReadOnlyList<Observation> Added,
    IReadOnlyList<(Observation Before, Observation After)> Superseded,
    int Unchanged,
    IReadOnlyList<Observation> Kept,
    IReadOnlyList<string> IncompleteQuarters,
    PoliceUkTally Tally)
{
    /// <summary>True when every file is valid.</summary>
    public bool IsValid => Errors.Count == 0;
}
