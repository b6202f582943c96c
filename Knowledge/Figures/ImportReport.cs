using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.Figures;

/// <summary>The result of importing a figures file: either applied in full, or refused with errors and nothing changed.</summary>
/// <param name="File">The file name.</param>
/// <param name="Errors">Why the file was refused; empty when it was applied.</param>
/// <param name="Added">Figures for keys the store did not have.</param>
/// <param name="Superseded">Figures that replaced a different current figure (kept as history).</param>
/// <param name="Unchanged">Figures identical to the current ones (nothing written).</param>
public sealed record ImportReport(string File, IReadOnlyList<CsvError> Errors, int Added, int Superseded, int Unchanged)
{
    /// <summary>True when the file was applied.</summary>
    public bool Succeeded => Errors.Count == 0;
}
