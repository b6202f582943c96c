namespace SafetyBot.Knowledge.Imports;

/// <summary>An import applied in full, or refused with nothing changed.</summary>
/// <param name="Preview">What was applied (its counts), or why it was refused (its errors).</param>
/// <param name="ImportId">The applied import's id (see <see cref="ImportRecord"/>); 0 when refused.</param>
public sealed record ImportResult(ImportPreview Preview, int ImportId)
{
    /// <summary>True when the import was applied.</summary>
    public bool Applied => ImportId > 0;
}
