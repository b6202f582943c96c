using System.Text;

namespace SafetyBot.Knowledge.Csv;

/// <summary>
/// The error values Excel writes into a CSV cell whose formula failed (<c>#N/A</c>, <c>#DIV/0!</c>, ...). They start
/// with <c>#</c>, so a line that starts with one is a record, not a comment, and a value that is one is refused
/// as what it is.
/// </summary>
internal static class ExcelErrorValues
{
    private static readonly string[] Values =
        ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#GETTING_DATA"];

    /// <summary>The longest value, in bytes.</summary>
    internal static int MaxBytes { get; } = Values.Max(v => v.Length);

    /// <summary>True when <paramref name="text"/> is one of Excel's error values.</summary>
    internal static bool Is(string text) => Values.Contains(text, StringComparer.Ordinal);

    /// <summary>True when <paramref name="bytes"/> is one of Excel's error values (ASCII).</summary>
    internal static bool Is(ReadOnlySpan<byte> bytes) => bytes.Length <= MaxBytes && Is(Encoding.ASCII.GetString(bytes));
}
