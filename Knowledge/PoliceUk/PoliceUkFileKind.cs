using System.Globalization;
using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Imports;

namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>
/// police.uk street-level crime files, one or many months and forces in one upload (<see cref="PoliceUkCsvLayout"/>,
/// recognised by the <c>Crime ID</c> and <c>LSOA name</c> columns), loaded as Cambridge City counts
/// (<see cref="PoliceUkAggregation"/>) under the indicators of <see cref="PoliceUkCrimeTypes"/>, creating those the
/// store lacks. A count that would replace another source's figure for the same indicator, area and period (an
/// assessment's figure) is left out and said in the preview, never silently swapped for a count made another way.
/// </summary>
internal sealed class PoliceUkFileKind(PoliceUkOptions options) : IDataFileKind
{
    /// <summary>The kind's stable name.</summary>
    public const string KindName = "police-uk";

    /// <inheritdoc />
    public string Name => KindName;

    /// <inheritdoc />
    public string Title => "police.uk street-level crime";

    /// <inheritdoc />
    public IReadOnlyList<string> Columns => PoliceUkCsvLayout.Columns;

    /// <inheritdoc />
    public CsvLimits Limits { get; } = new() { MaxRecords = 1_000_000, MaxFileBytes = 256L * 1024 * 1024 };

    /// <inheritdoc />
    public int Recognise(IReadOnlyList<string> header) =>
        header.Contains(PoliceUkCsvLayout.CrimeId, StringComparer.OrdinalIgnoreCase) && header.Contains(PoliceUkCsvLayout.LsoaName, StringComparer.OrdinalIgnoreCase)
            ? header.Count(h => PoliceUkCsvLayout.Columns.Contains(h, StringComparer.OrdinalIgnoreCase))
            : 0;

    /// <inheritdoc />
    public IReadOnlyList<CsvError> Read(IReadOnlyList<ImportFile> files, ImportTarget target, CancellationToken cancellationToken)
    {
        var errors = new List<CsvError>();
        var tally = new PoliceUkReader(options, Limits).Read(files, errors, cancellationToken);
        if (errors.Count == 0 && tally.Months.Count == 0)
        {
            errors.Add(new CsvError(files[0].Name, 2, null, "The files hold no records: nothing to load."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        foreach (var type in PoliceUkCrimeTypes.All.Where(t => target.FindIndicator(t.IndicatorId) is null))
        {
            target.PutIndicator(type.Creates ?? throw new InvalidOperationException($"The assessment indicator '{type.IndicatorId}' is missing from the store."));
        }

        var source = string.Join(", ", files.Select(f => f.Name));
        source = source.Length <= 500 ? source : source[..497] + "...";
        var kept = 0;
        foreach (var figure in PoliceUkAggregation.Figures(tally, options.DistrictLsoaPrefix))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = figure.Key;
            var current = target.Collections.Observations.FindOne(r => r.Key == key && r.IsCurrent)?.Observation;
            if (current is not null && current.Provenance.OriginalSource != PoliceUkCrimeTypes.SourceName)
            {
                kept++;
            }
            else if (current is not null && current.Value == figure.Value)
            {
                target.PutFigure(current);
            }
            else
            {
                target.PutFigure(figure, source);
            }
        }

        Notes(target, tally, kept);
        return errors;
    }

    private void Notes(ImportTarget target, PoliceUkTally tally, int kept)
    {
        var range = PoliceUkAggregation.MonthRange(tally.Months.Min(), tally.Months.Max());
        target.Note(string.Create(CultureInfo.InvariantCulture,
            $"{range}: {tally.InDistrict} records in LSOAs named '{options.DistrictLsoaPrefix}...' counted; {tally.OutsideDistrict} of other districts and {tally.WithoutLocation} without a location left out."));
        foreach (var quarter in PoliceUkAggregation.IncompleteQuarters(tally.Months))
        {
            target.Note(quarter + ", so no count for the quarter (a gap stays a gap).");
        }

        if (kept > 0)
        {
            target.Note(string.Create(CultureInfo.InvariantCulture,
                $"{kept} counts left out: the store holds another source's figure for the same indicator and period, which stays."));
        }
    }
}
