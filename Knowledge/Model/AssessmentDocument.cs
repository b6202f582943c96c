using System.Globalization;
using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge;

/// <summary>
/// An assessment whose prose the store holds: the seed's 2017/18 strategic assessment first, then each one loaded
/// from a narratives CSV. A narrative belongs to the document its <see cref="Provenance.Document"/> names.
/// </summary>
/// <param name="Title">The title, as narratives cite it.</param>
/// <param name="FinancialYearStart">The financial year its title names (2017 for "... 2017/18 ..."); null when it names none.</param>
public sealed partial record AssessmentDocument(string Title, int? FinancialYearStart)
{
    /// <summary>"2017/18", or empty when the title names no financial year.</summary>
    public string Year => FinancialYearStart is { } start
        ? string.Create(CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}")
        : string.Empty;

    /// <summary>The document titled <paramref name="title"/>, its year read from the first "2018/19" in the title.</summary>
    public static AssessmentDocument Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new AssessmentDocument(title, YearIn(title));
    }

    /// <summary>The start of the first financial year written "2018/19" in <paramref name="text"/> (the second year following the first); null when none.</summary>
    public static int? YearIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in FinancialYear().Matches(text))
        {
            var start = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            if ((start + 1) % 100 == int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture))
            {
                return start;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b((?:19|20)\d\d)\s*/\s*(\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FinancialYear();
}
