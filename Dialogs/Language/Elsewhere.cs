using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Finds a place the assessment never names and gives no figures for (issue 13) in a question: another city, county or a
/// London borough, from the places of Knowledge (<see cref="IKnowledgeStore.UncoveredPlaces"/>, seed data). A question about
/// crime elsewhere is not one the assessment can answer, and never gets Cambridge City's card. A place's phrase is matched
/// as whole words of the folded text, its words apart by any white space; where two phrases start at the same word, the
/// longer one.
/// </summary>
public sealed class Elsewhere
{
    private readonly Regex? _places;

    /// <summary>Each phrase's words, one space apart, with the name of its place.</summary>
    private readonly FrozenDictionary<string, string> _names;

    /// <summary>Indexes the phrases of <paramref name="places"/>.</summary>
    public Elsewhere(IEnumerable<UncoveredPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            foreach (var phrase in place.Phrases)
            {
                names.TryAdd(string.Join(' ', Words(TextNormalizer.Fold(phrase))), place.Name);
            }
        }

        names.Remove(string.Empty);
        _names = names.ToFrozenDictionary(StringComparer.Ordinal);
        _places = names.Count == 0
            ? null
            : new Regex(
                @"\b(?:" + string.Join('|', names.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
                    .Select(k => string.Join(@"\s+", k.Split(' ').Select(Regex.Escape)))) + @")\b",
                RegexOptions.None);
    }

    /// <summary>The place named in <paramref name="folded"/> (folded text), as an answer names it, or null.</summary>
    public string? In(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var match = _places?.Match(folded);
        return match is { Success: true } ? _names.GetValueOrDefault(string.Join(' ', Words(match.Value))) : null;
    }

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
