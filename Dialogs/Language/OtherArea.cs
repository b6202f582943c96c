using System.Text.RegularExpressions;
using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// An area the assessment names only in passing: the other districts of Cambridgeshire and
/// Peterborough (by name or by one of their towns: "burglary in Huntingdon" is Huntingdonshire), and the county. Its figures
/// are Cambridge City's; where it quotes one of these
/// areas' figures (county rates in the text), <see cref="Area"/> finds them.
/// </summary>
/// <param name="Name">The area as SafetyBot names it in an answer.</param>
/// <param name="Area">The Knowledge area of its figures, or null when the assessment holds none as such.</param>
public sealed partial record OtherArea(string Name, Area? Area)
{
    private static readonly (Regex Pattern, OtherArea Area)[] Known =
    [
        (EastCambs(), new("East Cambridgeshire", null)),
        (SouthCambs(), new("South Cambridgeshire", null)),
        (Fenland(), new("Fenland", null)),
        (Huntingdonshire(), new("Huntingdonshire", null)),
        (Peterborough(), new("Peterborough", null)),
        (County(), new("Cambridgeshire", Knowledge.Area.Cambridgeshire)),
    ];

    /// <summary>The first other area named in <paramref name="folded"/> (folded text), or null.</summary>
    public static OtherArea? In(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        return Known.FirstOrDefault(k => k.Pattern.IsMatch(folded)).Area;
    }

    [GeneratedRegex(@"\beast\s+cambs?\b|\beast\s+cambridgeshire\b|\bely\b|\bsoham\b|\blittleport\b", RegexOptions.None)]
    private static partial Regex EastCambs();

    [GeneratedRegex(@"\bsouth\s+cambs?\b|\bsouth\s+cambridgeshire\b|\bcambourne\b|\bsawston\b|\bhiston\b|\bgreat\s+shelford\b|\blinton\b", RegexOptions.None)]
    private static partial Regex SouthCambs();

    [GeneratedRegex(@"\bfenland\b|\bwisbech\b|\bwhittlesey\b|\bchatteris\b", RegexOptions.None)]
    private static partial Regex Fenland();

    [GeneratedRegex(@"\bhuntingdonshire\b|\bhunts\b|\bhuntingdon\b|\bst\.?\s+ives\b|\bst\.?\s+neots\b|\bgodmanchester\b|\bramsey\b", RegexOptions.None)]
    private static partial Regex Huntingdonshire();

    [GeneratedRegex(@"\bpeterborough\b", RegexOptions.None)]
    private static partial Regex Peterborough();

    // The county, but not its agencies ("Cambridgeshire Constabulary", "Cambridgeshire County Council"); "cambs" is members' short name for it.
    [GeneratedRegex(@"\b(?:cambridgeshire(?:'s)?|cambs)\b(?!\s+(?:constabulary|police|county\s+council|research|fire|and\s+peterborough))|\bthe\s+county\b(?!\s+(?:council|lines))|\bcounty[-\s]?wide\b|\bcounty\s+(?:average|figure|rate|level|total)s?\b", RegexOptions.None)]
    private static partial Regex County();
}
