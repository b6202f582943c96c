namespace SafetyBot.Knowledge.Csv;

/// <summary>Why a CSV file (or one of its lines) was refused, naming the file, line and column.</summary>
/// <param name="File">The file name.</param>
/// <param name="Line">The 1-based line of the file (lines inside quoted fields count too).</param>
/// <param name="Column">The column's header name (<c>field 16</c> past the header's columns), or null when the problem is the whole line or file.</param>
/// <param name="Message">What is wrong and how to put it right.</param>
public sealed record CsvError(string File, int Line, string? Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Column is null
        ? $"{File}, line {Line}: {Message}"
        : $"{File}, line {Line}, column '{Column}': {Message}";
}
