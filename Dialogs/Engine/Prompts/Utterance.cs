using System.Globalization;
using System.Text;

namespace SafetyBot.Dialogs.Engine;

/// <summary>Normalises answers for matching: lower case, punctuation to spaces, single spaces.</summary>
internal static class Utterance
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLower(CultureInfo.InvariantCulture))
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '\'' ? c : ' ');
        }

        return string.Join(' ', Tokens(builder.ToString()));
    }

    public static string[] Tokens(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
