namespace SafetyBot.Dialogs.Language;

/// <summary>
/// One cell of a table of the assessment (the extended city centre street-life table, say):
/// its row (a keyword group) and column (a quarter, a count or a proportion), as the table names them.
/// </summary>
/// <param name="Row">The row's label, or null for every row.</param>
/// <param name="Column">The column's label, or null for every column.</param>
public sealed record TableCellSelector(string? Row, string? Column);
