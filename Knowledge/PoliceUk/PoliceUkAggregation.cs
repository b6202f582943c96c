namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>
/// Turns a <see cref="PoliceUkTally"/> into Cambridge City counts: one per category and covered month, one per
/// financial quarter whose three months are all covered, one per 12 months to a covered month whose twelve
/// months are all covered, and one per financial year wholly covered. A period with any month missing gets
/// no figure: a gap stays a gap, never a partial count.
/// </summary>
internal static class PoliceUkAggregation
{
    internal static IReadOnlyList<Observation> Figures(PoliceUkTally tally, string districtLsoaPrefix)
    {
        var months = tally.Months.ToHashSet();
        if (months.Count == 0)
        {
            return [];
        }

        var document = $"{PoliceUkCrimeTypes.SourceName}, {MonthRange(tally.Months.Min(), tally.Months.Max())}";
        var periods = Periods(months).ToList();
        var figures = new List<Observation>();
        foreach (var type in PoliceUkCrimeTypes.All)
        {
            foreach (var (period, first, last) in periods)
            {
                var total = 0;
                for (var month = first; month <= last; month++)
                {
                    total += tally.Count(type.Name, month) ?? throw new InvalidOperationException("A period with an uncovered month.");
                }

                figures.Add(new Observation
                {
                    IndicatorId = type.IndicatorId,
                    Area = Area.CambridgeCity,
                    Period = period,
                    Measure = Measure.Count,
                    Value = total,
                    Note = $"Counted by SafetyBot from police.uk street-level records of '{type.Name}' in the LSOAs whose name starts '{districtLsoaPrefix}'; records without a location are not counted.",
                    Provenance = new Provenance
                    {
                        Document = document,
                        Section = $"Crime type '{type.Name}'",
                        PeriodText = period.Label,
                        OriginalSource = PoliceUkCrimeTypes.SourceName,
                    },
                });
            }
        }

        return figures;
    }

    /// <summary>"April 2018 to June 2018", or "April 2018" for one month.</summary>
    internal static string MonthRange(int first, int last) =>
        first == last ? PoliceUkReader.Month(first) : $"{PoliceUkReader.Month(first)} to {PoliceUkReader.Month(last)}";

    /// <summary>Financial quarters with a month missing, for the preview ("2018/19 Q2: no August 2018").</summary>
    internal static IReadOnlyList<string> IncompleteQuarters(IReadOnlyCollection<int> covered)
    {
        var months = covered.ToHashSet();
        return [.. months.Select(QuarterStart).Distinct().Order()
            .Where(start => !Enumerable.Range(start, 3).All(months.Contains))
            .Select(start =>
            {
                var quarter = QuarterOf(start);
                var missing = Enumerable.Range(start, 3).Where(m => !months.Contains(m)).Select(PoliceUkReader.Month);
                return $"{quarter.Label}: no figures for {string.Join(" or ", missing)}";
            })];
    }

    private static IEnumerable<(Period Period, int First, int Last)> Periods(HashSet<int> months)
    {
        foreach (var month in months.Order())
        {
            var (year, number) = (month / 12, (month % 12) + 1);
            yield return (Period.Custom(year, number, year, number), month, month);
        }

        foreach (var start in months.Select(QuarterStart).Distinct().Order().Where(s => Enumerable.Range(s, 3).All(months.Contains)))
        {
            yield return (QuarterOf(start), start, start + 2);
        }

        foreach (var end in months.Order().Where(e => Enumerable.Range(e - 11, 12).All(months.Contains)))
        {
            var (year, number) = (end / 12, (end % 12) + 1);
            yield return (Period.Rolling12Months(year, number), end - 11, end);
            if (number == 3)
            {
                yield return (Period.FinancialYear(year - 1), end - 11, end);
            }
        }
    }

    /// <summary>The first month of the financial quarter holding <paramref name="month"/> (quarters start in April, July, October, January).</summary>
    private static int QuarterStart(int month) => month - (((month % 12) + 12 - 3) % 3);

    private static Period QuarterOf(int start)
    {
        var (year, number) = (start / 12, (start % 12) + 1);
        var financialYear = number >= 4 ? year : year - 1;
        var quarter = ((number + 12 - 4) % 12 / 3) + 1;
        return Period.FinancialQuarter(financialYear, quarter);
    }
}
