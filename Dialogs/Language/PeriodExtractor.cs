using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Finds the period in a question: calendar years and ranges with Microsoft.Recognizers.Text,
/// and the assessment's financial-year conventions ("2017/18", "Q2", "year to date") by pattern,
/// since the recognisers read "Q2" as a calendar quarter.
/// </summary>
public static partial class PeriodExtractor
{
    /// <summary>The most characters the date-time model reads (the longest question of the evaluation sets is under 200).</summary>
    private const int MaxDateTimeText = 200;

    /// <summary>Characters before the first year the date-time model reads, when the question is longer than <see cref="MaxDateTimeText"/>.</summary>
    private const int DateTimeContext = 60;

    private static readonly DateTime Reference = new(2018, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The English date-time model, built once (thread-safe; building it compiles hundreds of patterns).</summary>
    private static readonly DateTimeModel DateTimes = (DateTimeModel)new DateTimeRecognizer(Culture.EnglishOthers, DateTimeOptions.None).GetDateTimeModel();

    /// <summary>The period named in <paramref name="text"/>.</summary>
    public static PeriodSlots Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextNormalizer.Fold(text);
        var slots = PeriodSlots.None;

        // "since 2014/15", "2014/15 to 2016/17", "between 2014/15 and 2016/17", "2014/15 vs 2016/17": a run of whole financial
        // years (the IDVA figures), not one of them: its first and last, as for calendar years.
        if (RunOfFinancialYears(folded) is { } run)
        {
            return run;
        }

        var financialYear = FinancialYear().Match(folded);
        if (financialYear.Success)
        {
            var start = int.Parse(financialYear.Groups["start"].Value, CultureInfo.InvariantCulture);
            start = start < 100 ? 2000 + start : start;

            // "up or down on 2016/17", "against 2016/17": the year named is the base of the comparison; the year asked is the next.
            // "the year to date figure, and what was it in 2016/17?": a part of this year asked first, then the same of the
            // year named: the year named is the base too.
            var before = folded[..financialYear.Index];
            start += ComparisonBase().IsMatch(before) || (AskedBackTo().IsMatch(before) && PartOfAYear().IsMatch(before)) ? 1 : 0;
            slots = slots with { FinancialYearStart = start };
            folded = Blank(folded, financialYear);
        }

        // "April to December" runs from the start of the financial year to the end of Q3: the year to date to Q3.
        if (MonthRange().Match(folded) is { Success: true } toDate && FinancialYearToDateOf(toDate) is { } lastQuarter)
        {
            slots = slots with { Quarter = lastQuarter, YearToDate = true };
            folded = Blank(folded, toDate);
        }

        if (MonthRange().Match(folded) is { Success: true } months && FinancialQuarterOf(months) is { } monthQuarter)
        {
            slots = slots with { Quarter = monthQuarter };
            if (months.Groups["year"].Success)
            {
                var year = int.Parse(months.Groups["year"].Value, CultureInfo.InvariantCulture);
                year = year < 100 ? 2000 + year : year;
                slots = slots with { FinancialYearStart = monthQuarter == 4 ? year - 1 : year };
            }

            folded = Blank(folded, months);

            // "violence without injury April to June 2017": those months of that year, not the year before beside them
            // ("oct-dec 2017 and the same time last year", "Jul-Sep 2017 against Jul-Sep 2016" weigh two).
            slots = slots with { Alone = months.Groups["year"].Success && !financialYear.Success && !Weighed().IsMatch(folded) && !Year().IsMatch(folded) };
        }

        // "the same quarter in 2016", "the same quarter last year": the base of a comparison, not the period asked.
        if (SameQuarterBase().Match(folded) is { Success: true } sameQuarter)
        {
            folded = Blank(folded, sameQuarter);
        }

        // "between Q2 and Q3", "q1 to q3", "Q3 against Q2": two quarters asked, so no one quarter; every quarter the
        // assessment prints is shown, both of them among it.
        var quarters = Quarter().Matches(folded).Select(QuarterNumber).Distinct().ToList();
        if (quarters is [var one] && !financialYear.Success && slots.FinancialYearStart is null && QuarterOfACalendarYear(folded, one) is { } ofYear)
        {
            // "Q2 2016", "the second quarter of 2016": the financial quarter whose months fall in that calendar year (Jul-Sep 2016 is
            // 2016/17 Q2), as "Jul-Sep 2016" is, never the latest year's Q2 in its place. Q4 (Jan-Mar) is left to the latest year:
            // "Q4 2017" is read both as Jan-Mar 2017 and as the last quarter of 2017.
            slots = slots with { FinancialYearStart = int.Parse(ofYear.Value, CultureInfo.InvariantCulture) };
            folded = Blank(folded, ofYear);
        }

        if (quarters is [var quarter])
        {
            // "how many ... in Q1 of 2017/18", "Q1 2017/18 count?": one number asked of one quarter of one financial year, weighed
            // against nothing, is that quarter alone, as its months and calendar year are ("X q3 2017/18" alone still shows the table).
            slots = slots with
            {
                Quarter = quarter,
                Alone = slots.Alone || (financialYear.Success && !slots.YearToDate && OneNumberAsked().IsMatch(folded) && !Weighed().IsMatch(folded) && !Year().IsMatch(folded)),
            };
        }

        if (YearToDate().IsMatch(folded))
        {
            slots = slots with { YearToDate = true };
        }

        return AddCalendarYears(folded, slots);
    }

    /// <summary>
    /// Two or more financial years named ("2014/15 to 2016/17", "2014/15 vs 2016/17"), or one after "since" or "from" ("changed since
    /// 2014/15"), with no part of a year beside them: the run of years from the first (to the last). A quarter, a range of months or
    /// the year to date named beside them keeps the financial year ("Q2 2017/18 vs 2016/17" weighs quarters); null otherwise.
    /// </summary>
    private static PeriodSlots? RunOfFinancialYears(string folded)
    {
        var named = FinancialYear().Matches(folded);
        if (named.Count == 0 || Quarter().IsMatch(folded) || YearToDate().IsMatch(folded) || PartOfAYear().IsMatch(folded) || MonthRange().IsMatch(folded))
        {
            return null;
        }

        var starts = named.Select(StartOf).Distinct().ToList();
        if (starts.Count >= 2)
        {
            return PeriodSlots.None with { FromYear = starts.Min(), ToYear = starts.Max() };
        }

        return SinceBefore().IsMatch(folded[..named[0].Index]) ? PeriodSlots.None with { FromYear = starts[0] } : null;
    }

    /// <summary>
    /// The one calendar year written next to a quarter number of 1 to 3 ("q2 2016", "second quarter of 2016", "2016 q3"), or null
    /// when there is none, more than one year, or words between them ("Q2 against 2016" weighs the quarter against that year).
    /// </summary>
    private static Match? QuarterOfACalendarYear(string folded, int quarter)
    {
        if (quarter == 4 || Year().Matches(folded) is not [var year] || Quarter().Match(folded) is not { Success: true } named)
        {
            return null;
        }

        var between = year.Index > named.Index ? folded[(named.Index + named.Length)..year.Index] : folded[(year.Index + year.Length)..named.Index];
        return QuarterYearJoint().IsMatch(between) ? year : null;
    }

    /// <summary>The first calendar year of a financial year named ("2014/15", "14/15", "fy 2016-17").</summary>
    private static int StartOf(Match financialYear)
    {
        var start = int.Parse(financialYear.Groups["start"].Value, CultureInfo.InvariantCulture);
        return start < 100 ? 2000 + start : start;
    }

    private static string Blank(string text, Match match) =>
        text.Remove(match.Index, match.Length).Insert(match.Index, new string(' ', match.Length));

    /// <summary>
    /// A range of months that is a financial quarter: April to June is Q1, July to September Q2,
    /// October to December Q3, January to March Q4; any other range is no quarter.
    /// </summary>
    private static int? FinancialQuarterOf(Match months) =>
        (months.Groups["from"].Value[..3], months.Groups["to"].Value[..3]) switch
        {
            ("apr", "jun") => 1,
            ("jul", "sep") => 2,
            ("oct", "dec") => 3,
            ("jan", "mar") => 4,
            _ => null,
        };

    /// <summary>
    /// A range of months from April to the end of a later quarter (April to September, April to December): the
    /// financial year to date to that quarter (2 or 3); any other range is none.
    /// </summary>
    private static int? FinancialYearToDateOf(Match months) =>
        (months.Groups["from"].Value[..3], months.Groups["to"].Value[..3]) switch
        {
            ("apr", "sep") => 2,
            ("apr", "dec") => 3,
            _ => null,
        };

    private static PeriodSlots AddCalendarYears(string text, PeriodSlots slots)
    {
        var firstYear = Year().Match(text);
        if (!firstYear.Success)
        {
            return slots;
        }

        // "2013, 2014 and 2015", "for 2012, 2014, 2016": three or more years listed are the run from the first to the last.
        if (ListOfYears().Match(text) is { Success: true } listed)
        {
            var years = Year().Matches(listed.Value).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
            if (years.Count >= 3)
            {
                return slots with { FromYear = years.Min(), ToYear = years.Max() };
            }
        }

        var results = DateTimes.Parse(AroundFirstYear(text, firstYear.Index), Reference);
        foreach (var result in results)
        {
            var years = Year().Matches(result.Text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            if (years.Count == 0)
            {
                continue;
            }

            var values = result.Resolution.TryGetValue("values", out var raw) && raw is System.Collections.IList list
                ? list.OfType<IDictionary<string, string>>().FirstOrDefault()
                : null;
            var modifier = values is not null && values.TryGetValue("Mod", out var mod) ? mod : null;

            if (years.Count >= 2)
            {
                return slots with { FromYear = years.Min(), ToYear = years.Max() };
            }

            // "after 2012" starts in 2013 and "before 2015" ends in 2014; "since 2012", "until 2015" and
            // "by the end of 2015" include the year named.
            var excluded = StrictWords().IsMatch(result.Text) ? 1 : 0;
            if (modifier is "since" or "since-start" or "after" || SinceWords().IsMatch(result.Text) || Onwards().IsMatch(text))
            {
                return slots with { FromYear = years[0] + excluded };
            }

            if (modifier is "before" or "before-end" or "until")
            {
                return slots with { ToYear = years[0] - excluded };
            }

            // "change on 2016", "vs 2016", "versus 2012": the year named is the base of the comparison, the latest is set against
            // it: a run of years from it (from the year before the latest, the printed change leads).
            if (slots.Year is null && ComparisonBase().IsMatch(text[..firstYear.Index]) && result.Text.Contains(firstYear.Value, StringComparison.Ordinal))
            {
                return slots with { FromYear = years[0] };
            }

            slots = slots.Year is null ? slots with { Year = years[0] } : slots with { FromYear = Math.Min(slots.Year.Value, years[0]), ToYear = Math.Max(slots.Year.Value, years[0]), Year = null };
        }

        return slots;
    }

    /// <summary>
    /// At most <see cref="MaxDateTimeText"/> characters of <paramref name="text"/>, in whole words, starting up to
    /// <see cref="DateTimeContext"/> characters before the first year: the date-time model's time grows faster than
    /// the text (a quarter of a second for a thousand characters of years), and a period a member names ("in the year
    /// to March 2014", "between 2014 and 2016") is written in a few words around its first year.
    /// </summary>
    private static string AroundFirstYear(string text, int firstYear)
    {
        if (text.Length <= MaxDateTimeText)
        {
            return text;
        }

        var start = Math.Max(0, firstYear - DateTimeContext);
        if (start > 0 && text.IndexOf(' ', start, firstYear - start) is >= 0 and var space)
        {
            start = space + 1;
        }

        var end = Math.Min(text.Length, start + MaxDateTimeText);
        if (end < text.Length && text.LastIndexOf(' ', end - 1, end - firstYear) is > 0 and var last)
        {
            end = last;
        }

        return text[start..end];
    }

    private static int QuarterNumber(Match match)
    {
        var word = match.Groups["n"].Value;
        return word switch
        {
            "1" or "one" or "first" or "1st" => 1,
            "2" or "two" or "second" or "2nd" => 2,
            "3" or "three" or "third" or "3rd" => 3,
            "4" or "four" or "fourth" or "4th" => 4,
            _ => throw new UnreachableException($"The quarter pattern matched \"{word}\"."),
        };
    }

    [GeneratedRegex(@"\b(?:fy\s*)?(?<start>20\d\d|\d\d)\s*[/-]\s*(?<end>\d\d)\b", RegexOptions.None)]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"\bq(?<n>[1-4])\b|\bquarter\s+(?<n>[1-4]|one|two|three|four)\b|\b(?<n>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b", RegexOptions.None)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(year[\s-]+to[\s-]+date|ytd|fytd|so\s+far\s+this\s+(?:financial\s+|fiscal\s+)?year|this\s+(?:financial\s+|fiscal\s+)?year\s+so\s+far|so\s+far\s+in\s+(?:the\s+)?(?:financial\s+|fiscal\s+)?year)\b", RegexOptions.None)]
    private static partial Regex YearToDate();

    /// <summary>A range of months: "July to September 2017", "Jul-Sep", "between July and September" ("and" only after "between").</summary>
    [GeneratedRegex(@"\b(?:(?<between>between)\s+)?(?<from>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s*'?(?:20)?\d\d(?![\d/]))?\s*(?:-|to|through|thru|until|till|(?(between)and|(?!)))\s*(?<to>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+(?<year>20\d\d)|\s*'(?<year>\d\d)|\s+(?<year>1\d)(?![\d/]))?\b", RegexOptions.None)]
    private static partial Regex MonthRange();

    /// <summary>Three or more years listed: "2013, 2014 and 2015", "2012, 2014, 2016", "2013 and 2014 and 2015".</summary>
    [GeneratedRegex(@"\b20\d\d(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)20\d\d\b){2,}", RegexOptions.None)]
    private static partial Regex ListOfYears();

    /// <summary>Words that weigh one period against another ("vs", "the same time last year", "both", "change").</summary>
    [GeneratedRegex(@"\b(?:vs|v|versus|against|compar\w*|same\s+(?:time|period|quarter|months?)|last\s+(?:yr|year)|year\s+before|previous|prior|both|chang\w*|differ\w*|rise|rose|fall|fell|up|down|increas\w*|decreas\w*|trend)\b", RegexOptions.None)]
    private static partial Regex Weighed();

    /// <summary>A second clause asking the same of another period: "..., and what was it in", "and for", "and how about".</summary>
    [GeneratedRegex(@"\b(?:and|but|,)\s+(?:(?:what|how\s+many)\s+(?:was|were|is)\s+(?:it|they|that|the\s+figure)\s+|how\s+about\s+|what\s+about\s+)?(?:in|for|during|of)?\s*(?:the\s+)?$", RegexOptions.None)]
    private static partial Regex AskedBackTo();

    /// <summary>A part of a year named: a quarter, the year to date, a range of months.</summary>
    [GeneratedRegex(@"\b(?:q[1-4]|quarter|year[\s-]+to[\s-]+date|ytd|so\s+far|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s*(?:-|to)\s*[a-z]+)\b", RegexOptions.None)]
    private static partial Regex PartOfAYear();

    [GeneratedRegex(@"\b(?:on|against|than|vs|versus|compared\s+(?:to|with))\s*$", RegexOptions.None)]
    private static partial Regex ComparisonBase();

    [GeneratedRegex(@"\bsame\s+(?:quarter|period|months?)\s+(?:in|of|last)\s+(?:(?:19|20)\d\d|year)\b", RegexOptions.None)]
    private static partial Regex SameQuarterBase();

    /// <summary>Words that ask one number: "how many", "count", "number".</summary>
    [GeneratedRegex(@"\b(?:how\s+many|count|number)\b", RegexOptions.None)]
    private static partial Regex OneNumberAsked();

    [GeneratedRegex(@"\b(19|20)\d\d\b", RegexOptions.None)]
    private static partial Regex Year();

    /// <summary>What may stand between a quarter and its calendar year: nothing, a comma, "of", "in" ("q2 of 2016", "2016's q2").</summary>
    [GeneratedRegex(@"^\s*(?:,|'s|of|in|of\s+the\s+year|-)?\s*$", RegexOptions.None)]
    private static partial Regex QuarterYearJoint();

    [GeneratedRegex(@"\b(since|from)\b", RegexOptions.None)]
    private static partial Regex SinceWords();

    /// <summary>
    /// A year and every year after it, in words other than "since": "from 1995 onwards", "2003 onward", "from 2010 to date", "from
    /// 2008 till now". Not "from 2016" alone ("burglary figures from 2016" are that year's).
    /// </summary>
    [GeneratedRegex(@"\b(?:19|20)\d\d\s+(?:onwards?|and\s+(?:after|since|later)|to\s+(?:date|now|today|the\s+present)|(?:until|till|til|up\s+to)\s+(?:now|today|the\s+present))\b", RegexOptions.None)]
    private static partial Regex Onwards();

    /// <summary>"since" or "from" right before a year ("since 2014/15", "from the 2014/15").</summary>
    [GeneratedRegex(@"\b(?:since|from)\s+(?:the\s+)?$", RegexOptions.None)]
    private static partial Regex SinceBefore();

    [GeneratedRegex(@"\b(after|before|prior\s+to|earlier\s+than)\s+(?:19|20)\d\d\b", RegexOptions.None)]
    private static partial Regex StrictWords();
}
