using System.Text;

namespace SafetyBot.Knowledge;

/// <summary>Normalises names for lookup: lower case, punctuation and spacing ignored.</summary>
internal static class TextMatch
{
    internal static string Normalise(string? text)
    {
        var builder = new StringBuilder();
        var space = false;
        foreach (var c in (text ?? string.Empty).Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '&')
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }
}
