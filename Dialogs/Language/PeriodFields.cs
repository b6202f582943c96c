using System.Globalization;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// <see cref="PeriodSlots"/> as named text fields (<c>year</c>, <c>from</c>, <c>to</c>, <c>fy</c>
/// "2017/18", <c>quarter</c>, <c>ytd</c> "true"): the form periods take in card submit data and in
/// saved conversation state. Reading is tolerant: a field that does not parse is left out.
/// </summary>
public static class PeriodFields
{
    /// <summary>A calendar year.</summary>
    public const string Year = "year";

    /// <summary>First year of a range.</summary>
    public const string From = "from";

    /// <summary>Last year of a range.</summary>
    public const string To = "to";

    /// <summary>A financial year, "2017/18".</summary>
    public const string FinancialYear = "fy";

    /// <summary>A financial quarter, "1" to "4".</summary>
    public const string Quarter = "quarter";

    /// <summary>"true" when year to date was asked.</summary>
    public const string YearToDate = "ytd";

    /// <summary>The period in <paramref name="fields"/>; <see cref="PeriodSlots.None"/> when there is none.</summary>
    public static PeriodSlots Read(IReadOnlyDictionary<string, string>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return PeriodSlots.None;
        }

        var period = new PeriodSlots
        {
            Year = Number(fields, Year, 1900, 2999),
            FromYear = Number(fields, From, 1900, 2999),
            ToYear = Number(fields, To, 1900, 2999),
            FinancialYearStart = fields.TryGetValue(FinancialYear, out var fy) && fy.Length >= 4 ? Number(fy[..4], 1900, 2999) : null,
            Quarter = Number(fields, Quarter, 1, 4),
            YearToDate = fields.TryGetValue(YearToDate, out var ytd) && ytd == "true",
        };
        return period.IsEmpty ? PeriodSlots.None : period;
    }

    /// <summary><paramref name="period"/> as fields (only those named).</summary>
    public static Dictionary<string, string> Write(PeriodSlots period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, int? value)
        {
            if (value is not null)
            {
                fields[name] = value.Value.ToString(CultureInfo.InvariantCulture);
            }
        }

        Add(Year, period.Year);
        Add(From, period.FromYear);
        Add(To, period.ToYear);
        if (period.FinancialYearStart is { } start)
        {
            fields[FinancialYear] = FinancialYearText(start);
        }

        Add(Quarter, period.Quarter);
        if (period.YearToDate)
        {
            fields[YearToDate] = "true";
        }

        return fields;
    }

    /// <summary>A financial year as the assessment writes it: 2017 is "2017/18".</summary>
    public static string FinancialYearText(int start) => string.Create(CultureInfo.InvariantCulture, $"{start}/{(start + 1) % 100:00}");

    private static int? Number(IReadOnlyDictionary<string, string> fields, string name, int min, int max) =>
        fields.TryGetValue(name, out var text) ? Number(text, min, max) : null;

    private static int? Number(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
