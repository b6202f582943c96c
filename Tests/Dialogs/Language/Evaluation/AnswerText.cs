using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SafetyBot.Tests.Infrastructure;

namespace SafetyBot.Tests.Dialogs.Language.Evaluation;

/// <summary>
/// What an answer says, as the assessment evaluation reads it: every activity's text and every string value
/// inside every attachment's content (Adaptive Card JSON), joined, then <see cref="Normalize">normalised</see>.
/// </summary>
public static partial class AnswerText
{
    /// <summary>
    /// Card properties whose string values are layout, not words a member reads ("type": "TextBlock",
    /// "size": "Large", "id": "trend-more", ...): left out so that they can neither satisfy nor break a check.
    /// </summary>
    private static readonly HashSet<string> LayoutProperties = new(StringComparer.Ordinal)
    {
        "type", "version", "$schema", "id", "size", "weight", "color", "spacing", "style", "width", "height",
        "horizontalAlignment", "verticalAlignment", "verticalContentAlignment", "fontType", "targetElements",
        "elementId", "mode", "colorSet", "associatedInputs", "imageSize",
    };

    /// <summary>The normalised text of everything in <paramref name="replies"/>.</summary>
    public static string Of(IEnumerable<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var parts = new List<string>();
        foreach (var reply in replies)
        {
            parts.Add(reply.Text ?? string.Empty);
            foreach (var attachment in reply.Attachments ?? [])
            {
                if (attachment.Content is not null)
                {
                    parts.AddRange(Strings(Content(attachment)));
                }
            }
        }

        return Normalize(string.Join("\n", parts));
    }

    /// <summary>An attachment's content as JSON (a string content becomes a JSON string).</summary>
    public static JToken Content(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return attachment.Content switch
        {
            string text => new JValue(text),
            _ => Replies.Json(attachment.Content!),
        };
    }

    /// <summary>Every string value in <paramref name="content"/>, layout properties aside.</summary>
    public static IEnumerable<string> Strings(JToken content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Tokens(content).OfType<JValue>()
            .Where(v => v.Type == JTokenType.String && !(v.Parent is JProperty property && LayoutProperties.Contains(property.Name)))
            .Select(v => (string)v!);
    }

    /// <summary><paramref name="content"/> and every token inside it.</summary>
    public static IEnumerable<JToken> Tokens(JToken content) =>
        content is JContainer container ? container.DescendantsAndSelf() : [content];

    /// <summary>
    /// Lowercase, Unicode NFKC, one kind of dash and quote, no markdown emphasis (<c>**</c>, <c>__</c>), no
    /// thousands separators inside numbers (1,234 → 1234), white space collapsed to single spaces.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture));
        builder.Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2012', '-').Replace('\u2013', '-').Replace('\u2014', '-')
            .Replace('\u2015', '-').Replace('\u2212', '-').Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201A', '\'')
            .Replace('\u201B', '\'').Replace('\u2032', '\'').Replace('\u00B4', '\'').Replace('`', '\'').Replace('\u201C', '"')
            .Replace('\u201D', '"').Replace('\u201E', '"').Replace('\u2033', '"').Replace("**", string.Empty).Replace("__", string.Empty);
        var withoutSeparators = ThousandsSeparator().Replace(builder.ToString(), string.Empty);
        return Whitespace().Replace(withoutSeparators, " ").Trim();
    }

    /// <summary>
    /// True when normalised <paramref name="text"/> contains normalised <paramref name="item"/>. An item that
    /// starts or ends with a digit matches whole numbers only: "647" is not found in "1647", "6470" or "647.5",
    /// and "3.7" is not found in "3.73". A signed change as the document prints it ("+193", "-28") is also found
    /// written out ("up 193", "down 28"): the same fact in the words a reply uses.
    /// </summary>
    public static bool Contains(string text, string item)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(item);
        var wanted = Normalize(item);
        if (wanted.Length == 0)
        {
            return true;
        }

        if (wanted.Length > 1 && wanted[0] is '+' or '-' && char.IsDigit(wanted[1]))
        {
            var writtenOut = (wanted[0] == '+' ? "up " : "down ") + wanted[1..];
            return ContainsWhole(text, wanted) || ContainsWhole(text, writtenOut);
        }

        return ContainsWhole(text, wanted);
    }

    private static bool ContainsWhole(string text, string wanted)
    {
        for (var at = text.IndexOf(wanted, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wanted, at + 1, StringComparison.Ordinal))
        {
            var end = at + wanted.Length;
            var numberBefore = char.IsDigit(wanted[0]) && at > 0 && (char.IsDigit(text[at - 1]) || (text[at - 1] == '.' && at > 1 && char.IsDigit(text[at - 2])));
            var numberAfter = char.IsDigit(wanted[^1]) && end < text.Length && (char.IsDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsDigit(text[end + 1])));
            if (!numberBefore && !numberAfter)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
