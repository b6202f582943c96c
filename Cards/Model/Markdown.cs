using System.Text;

namespace SafetyBot.Cards.Model;

/// <summary>
/// Helpers for the Adaptive Card markdown subset used by <see cref="TextBlock.Text"/> and
/// <see cref="Fact"/> titles and values.
/// </summary>
public static class Markdown
{
    // Characters with a markdown meaning in Teams or the JS renderer's markdown processor.
    // Backslash comes first so that a user's own backslash cannot escape our escapes.
    private const string Significant = "\\*_[]()#-+`>!~";

    /// <summary>
    /// Escapes user-provided text so it renders literally: backslash-escapes
    /// <c>\ * _ [ ] ( ) # - + ` &gt; ! ~</c>, escapes the dot of a numbered-list start
    /// ("1. " becomes "1\. ") and turns each line break into a paragraph break ("\n\n"), the only
    /// line break Teams honours in a TextBlock.
    /// </summary>
    /// <param name="userText">Untrusted text; null gives an empty string.</param>
    /// <returns>Text safe to place in a TextBlock or Fact.</returns>
    /// <remarks>Do not escape text that is not markdown: TextRun, inputs, choices, chart labels.</remarks>
    public static string Escape(string? userText)
    {
        if (string.IsNullOrEmpty(userText))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(userText.Length + 16);
        var lines = userText.ReplaceLineEndings("\n").Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (index > 0)
            {
                builder.Append("\n\n");
            }

            EscapeLine(lines[index], builder);
        }

        return builder.ToString();
    }

    private static void EscapeLine(string line, StringBuilder builder)
    {
        var listDot = NumberedListDot(line);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (Significant.Contains(c, StringComparison.Ordinal) || i == listDot)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }

    // The index of the '.' in "  12. text" (digits then a dot then whitespace or the end), or -1.
    private static int NumberedListDot(string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start]))
        {
            start++;
        }

        var end = start;
        while (end < line.Length && char.IsAsciiDigit(line[end]))
        {
            end++;
        }

        var isListStart = end > start
            && end < line.Length
            && line[end] == '.'
            && (end + 1 == line.Length || char.IsWhiteSpace(line[end + 1]));
        return isListStart ? end : -1;
    }
}
