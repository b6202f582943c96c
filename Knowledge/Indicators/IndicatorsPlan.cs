using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.Indicators;

/// <summary>What an indicators file would change, worked out against the store without writing: the preview.</summary>
/// <param name="File">The file name.</param>
/// <param name="Errors">Every problem with its line and column; when any, nothing may be applied.</param>
/// <param name="Added">Indicators the store does not have.</param>
/// <param name="Updated">Indicators whose definition changes: the definition in use, and the file's.</param>
/// <param name="Unchanged">Indicators defined exactly as in use.</param>
public sealed record IndicatorsPlan(
    string File,
    IReadOnlyList<CsvError> Errors,
    IReadOnlyList<Indicator> Added,
    IReadOnlyList<(Indicator Before, Indicator After)> Updated,
    int Unchanged)
{
    /// <summary>True when the file has no error.</summary>
    public bool IsValid => Errors.Count == 0;
}
