using System.Buffers;

namespace SafetyBot.Knowledge.Csv;

/// <summary>
/// The one CSV-safety rule of every CSV SafetyBot writes and reads (docs/figures-csv.md, "Formula safety").
/// A spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return as a formula, so on writing such text gets a leading apostrophe (Excel's "this is text" mark),
/// and on reading one apostrophe before such text is removed. Text that already starts with apostrophes
/// followed by one of those characters gets one more, so reading gives back exactly what was written.
/// A plain number (<c>-3</c>, <c>-12.5</c>) is not a formula and is written as it is.
/// </summary>
public static class CsvSafety
{
    /// <summary>The apostrophe put before text a spreadsheet would run as a formula.</summary>
    public const char Marker = '\'';

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    /// <summary>The text to write for <paramref name="value"/>: with the marker when a spreadsheet would run it.</summary>
    public static string Protect(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var unmarked = value.AsSpan().TrimStart(Marker);
        if (!StartsLikeAFormula(unmarked) || (unmarked.Length == value.Length && IsPlainNumber(value)))
        {
            return value;
        }

        return Marker + value;
    }

    /// <summary>The value that <paramref name="text"/> (as read from a file) stands for: one marker removed before formula-like text.</summary>
    public static string Unprotect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unmarked = text.AsSpan().TrimStart(Marker);
        return unmarked.Length < text.Length && StartsLikeAFormula(unmarked) ? text[1..] : text;
    }

    private static bool StartsLikeAFormula(ReadOnlySpan<char> text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    /// <summary>An optional minus, digits, and optionally a point and digits: how SafetyBot writes numbers.</summary>
    private static bool IsPlainNumber(ReadOnlySpan<char> text)
    {
        if (text.StartsWith('-'))
        {
            text = text[1..];
        }

        var point = text.IndexOf('.');
        return point < 0 ? IsDigits(text) : IsDigits(text[..point]) && IsDigits(text[(point + 1)..]);
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');
}
