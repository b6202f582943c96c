using System.Text.RegularExpressions;

namespace SafetyBot.Dialogs.Language;

/// <summary>Cleans what Teams delivers as message text before it is recognised.</summary>
public static partial class MentionText
{
    /// <summary>
    /// Removes <c>&lt;at&gt;…&lt;/at&gt;</c> mentions (in channels the bot's own name arrives this
    /// way), HTML entities Teams adds, control characters, and folds white space.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var withoutMentions = AtMention().Replace(text, " ");
        var decoded = System.Net.WebUtility.HtmlDecode(withoutMentions);
        var printable = new string(decoded.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return Whitespace().Replace(printable, " ").Trim();
    }

    // A name holds no '<': each "<at>" is scanned only up to the next tag, so a text of many unclosed "<at>" takes linear time.
    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtMention();

    [GeneratedRegex(@"\s+", RegexOptions.None)]
    private static partial Regex Whitespace();
}
