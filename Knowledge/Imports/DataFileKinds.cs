using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Figures;
using SafetyBot.Knowledge.Indicators;
using SafetyBot.Knowledge.Narratives;
using SafetyBot.Knowledge.PoliceUk;

namespace SafetyBot.Knowledge.Imports;

/// <summary>The table of data file kinds SafetyBot loads: add a kind by adding its one class here.</summary>
internal static class DataFileKinds
{
    /// <summary>Every kind with the default options, in the order ties between equally good matches are settled.</summary>
    internal static IReadOnlyList<IDataFileKind> All { get; } = Create(new PoliceUkOptions());

    /// <summary>Every kind, police.uk files read with <paramref name="policeUk"/>.</summary>
    internal static IReadOnlyList<IDataFileKind> Create(PoliceUkOptions policeUk) =>
    [
        new FiguresFileKind(),
        new IndicatorsFileKind(),
        new NarrativesFileKind(),
        new PoliceUkFileKind(policeUk),
    ];

    /// <summary>The kind of <paramref name="kinds"/> whose layout fits <paramref name="header"/> best; null when none does.</summary>
    internal static IDataFileKind? Recognise(IReadOnlyList<IDataFileKind> kinds, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var trimmed = header.Select(h => h.Trim()).ToList();
        IDataFileKind? best = null;
        var bestScore = 0;
        foreach (var kind in kinds)
        {
            var score = kind.Recognise(trimmed);
            if (score > bestScore)
            {
                (best, bestScore) = (kind, score);
            }
        }

        return best;
    }

    /// <summary>The error for a file whose header fits no kind: what each kind's first line looks like.</summary>
    internal static CsvError Unrecognised(string file, int line) =>
        new(file, line, null, "SafetyBot doesn't recognise this file from its first line. It loads "
            + string.Join("; ", All.Select(k => $"{k.Title} (first line: {string.Join(',', k.Columns)})")) + ".");

    /// <summary>Reads the header of <paramref name="file"/> with <see cref="CsvRecordReader"/>; null when it has none or it cannot be read.</summary>
    internal static IReadOnlyList<string>? HeaderOf(ImportFile file)
    {
        using var stream = file.Open();
        using var reader = new CsvRecordReader(stream, file.Name, CsvLimits.Figures, leaveOpen: false);
        return reader.ReadHeader() is { Error: null } header ? header.Fields : null;
    }
}
