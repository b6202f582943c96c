namespace SafetyBot.Knowledge.Imports;

/// <summary>The import that "undo the last import" reversed; null <see cref="Undone"/> when there was none to undo.</summary>
/// <param name="Undone">The import, now marked undone.</param>
/// <param name="RecordsRestored">How many records were put back as they were before it (deleted when it had added them).</param>
public sealed record UndoResult(ImportRecord? Undone, int RecordsRestored);
