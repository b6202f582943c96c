using System.Globalization;
using System.Text.RegularExpressions;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Places the assessment never names and gives no figures for (issue 13): other cities, counties and London boroughs.
/// Its figures are Cambridge City's, with the districts of Cambridgeshire and Peterborough named in passing
/// (<see cref="OtherArea"/>); a question about crime elsewhere is not one it can answer, and never gets Cambridge City's card.
/// "Wales" and "London" alone are left out: the assessment quotes England and Wales's figures and London's share of knife crime.
/// </summary>
internal static partial class Elsewhere
{
    /// <summary>The place named in <paramref name="folded"/> (folded text), capitalised as in an answer, or null.</summary>
    public static string? In(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var match = Places().Match(folded);
        if (!match.Success)
        {
            return null;
        }

        return match.Value.StartsWith("london", StringComparison.Ordinal)
            ? "a London borough"
            : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Regex.Replace(match.Value, @"\s+", " "));
    }

    [GeneratedRegex(
        @"\b(?:oxford(?:shire)?|manchester|birmingham|liverpool|leeds|sheffield|bristol|newcastle|nottingham(?:shire)?|leicester(?:shire)?|coventry|norwich|norfolk|suffolk|ipswich|essex|colchester|chelmsford|hertfordshire|herts|bedford(?:shire)?|luton|milton\s+keynes|northampton(?:shire)?|lincoln(?:shire)?|kent|surrey|sussex|brighton|southampton|portsmouth|yorkshire|york|bradford|cardiff|swansea|edinburgh|glasgow|belfast|scotland|northern\s+ireland|london\s+boroughs?|westminster|camden|hackney|lambeth|southwark|croydon|tower\s+hamlets|islington|massachusetts|new\s+york|paris|ireland)\b",
        RegexOptions.None)]
    private static partial Regex Places();
}
