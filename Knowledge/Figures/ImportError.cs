namespace SafetyBot.Knowledge.Figures;

/// <summary>Why a figures file was refused, naming the file, line and column.</summary>
/// <param name="File">The file name.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The column name, or null when the problem is the whole line.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ImportError(string File, int Line, string? Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Column is null
        ? $"{File}, line {Line}: {Message}"
        : $"{File}, line {Line}, column '{Column}': {Message}";
}
