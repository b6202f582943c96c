using System.Text.RegularExpressions;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Indicators;

/// <summary>
/// The assessment's narratives often end with the most-similar-group comparison ("Compared to the iQuanta MSG
/// areas, Cambridge City was ranked 6 out of 15 ... This covers the last 12 months up to November 2017.").
/// A card that answers another question (a rate, the national picture) leaves those sentences to the
/// "Compare with similar areas" card, so that the only rate on it is the one asked about.
/// </summary>
public static partial class PeerSentences
{
    /// <summary><paramref name="narratives"/> without their peer-comparison sentences; a narrative left empty is dropped.</summary>
    public static IReadOnlyList<Narrative> Without(IReadOnlyList<Narrative> narratives)
    {
        ArgumentNullException.ThrowIfNull(narratives);
        return narratives.Select(n => n with { Text = Without(n.Text) }).Where(n => n.Text.Length > 0).ToList();
    }

    /// <summary><paramref name="text"/> without the sentences that compare with the most similar group, nor the period sentence after one.</summary>
    public static string Without(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new List<string>();
        var afterPeer = false;
        foreach (var sentence in SentenceEnd().Split(text))
        {
            if (Peer().IsMatch(sentence))
            {
                afterPeer = true;
                continue;
            }

            if (afterPeer && Covers().IsMatch(sentence))
            {
                continue;
            }

            afterPeer = false;
            kept.Add(sentence);
        }

        return string.Join(' ', kept).Trim();
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""'(])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(iquanta|msg|most similar)\b|\b\d+ out of 15\b", RegexOptions.IgnoreCase)]
    private static partial Regex Peer();

    [GeneratedRegex(@"^\s*this covers\b", RegexOptions.IgnoreCase)]
    private static partial Regex Covers();
}
