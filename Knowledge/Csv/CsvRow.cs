namespace SafetyBot.Knowledge.Csv;

/// <summary>One record of a CSV file as <see cref="CsvRecordReader"/> read it: its fields, or why it cannot be used.</summary>
/// <param name="Line">The 1-based line the record starts on.</param>
/// <param name="Fields">The fields, decoded, trimmed and with the formula marker undone (<see cref="CsvSafety.Unprotect"/>); empty when <paramref name="Error"/> is set.</param>
/// <param name="Error">What is wrong with the record, or null.</param>
public sealed record CsvRow(int Line, IReadOnlyList<string> Fields, CsvError? Error);
