namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>
/// The district's police.uk records counted by crime category and month, from every file of one upload.
/// A month is covered when any file holds a record of it; a category with no record in a covered month
/// counted zero there, which is a count, not a gap.
/// </summary>
public sealed class PoliceUkTally
{
    private readonly Dictionary<(string Type, int Month), int> _counts = [];
    private readonly SortedSet<int> _months = [];

    /// <summary>Months covered, as <c>year * 12 + month - 1</c>, ascending.</summary>
    public IReadOnlyCollection<int> Months => _months;

    /// <summary>Records of the district counted.</summary>
    public int InDistrict { get; private set; }

    /// <summary>Records of other districts (left out).</summary>
    public int OutsideDistrict { get; private set; }

    /// <summary>Records with no location (left out: they cannot be placed in the district).</summary>
    public int WithoutLocation { get; private set; }

    /// <summary>The count of a category in a covered month; null when the month is not covered (a gap).</summary>
    public int? Count(string type, int month) =>
        _months.Contains(month) ? _counts.GetValueOrDefault((type, month)) : null;

    /// <summary>The month index of a year and month.</summary>
    public static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    internal void Cover(int month) => _months.Add(month);

    internal void Add(string type, int month)
    {
        _counts[(type, month)] = _counts.GetValueOrDefault((type, month)) + 1;
        InDistrict++;
    }

    internal void Outside() => OutsideDistrict++;

    internal void NoLocation() => WithoutLocation++;
}
