using System.Globalization;
using System.Text.RegularExpressions;

namespace SafetyBot.Knowledge;

/// <summary>Parses <see cref="Period"/> keys.</summary>
internal static partial class PeriodKeys
{
    internal const string Forms =
        "Use 2017, FY2017/18, FY2017/18-Q1, FY2017/18-YTD-Q3, 12M-2017-11, YE-2017-09, 2016-07..2017-06 or unstated.";

    internal static bool TryParse(string? key, out Period period)
    {
        period = Period.Unstated;
        var text = key?.Trim() ?? string.Empty;
        if (text.Equals("unstated", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return TryParseKnown(text, out period);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool TryParseKnown(string text, out Period period)
    {
        period = Period.Unstated;
        if (CalendarYear().Match(text) is { Success: true } year)
        {
            period = Period.CalendarYear(Number(year, "year"));
            return true;
        }

        if (Financial().Match(text) is { Success: true } financial)
        {
            var start = Number(financial, "start");
            if ((start + 1) % 100 != Number(financial, "end"))
            {
                return false;
            }

            var quarter = financial.Groups["quarter"];
            period = !quarter.Success ? Period.FinancialYear(start)
                : financial.Groups["ytd"].Success ? Period.FinancialYearToDate(start, Number(financial, "quarter"))
                : Period.FinancialQuarter(start, Number(financial, "quarter"));
            return true;
        }

        if (TwelveMonths().Match(text) is { Success: true } twelve)
        {
            var (endYear, endMonth) = (Number(twelve, "year"), Number(twelve, "month"));
            period = twelve.Groups["kind"].Value.Equals("YE", StringComparison.OrdinalIgnoreCase)
                ? Period.YearEnding(endYear, endMonth)
                : Period.Rolling12Months(endYear, endMonth);
            return true;
        }

        if (Custom().Match(text) is { Success: true } custom)
        {
            period = Period.Custom(Number(custom, "sy"), Number(custom, "sm"), Number(custom, "ey"), Number(custom, "em"));
            return true;
        }

        return false;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>\d{4})$")]
    private static partial Regex CalendarYear();

    [GeneratedRegex(@"^FY(?<start>\d{4})/(?<end>\d{2})(-(?<ytd>YTD-)?Q(?<quarter>[1-4]))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Financial();

    [GeneratedRegex(@"^(?<kind>12M|YE)-(?<year>\d{4})-(?<month>\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex TwelveMonths();

    [GeneratedRegex(@"^(?<sy>\d{4})-(?<sm>\d{2})\.\.(?<ey>\d{4})-(?<em>\d{2})$")]
    private static partial Regex Custom();
}
