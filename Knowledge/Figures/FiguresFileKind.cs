using SafetyBot.Knowledge.Csv;
using SafetyBot.Knowledge.Imports;

namespace SafetyBot.Knowledge.Figures;

/// <summary>Figures files (<see cref="FiguresCsvLayout"/>, read by <see cref="FiguresCsvParser"/>): recognised by a <c>value</c> or <c>measure</c> column.</summary>
internal sealed class FiguresFileKind(CsvLimits? limits = null) : IDataFileKind
{
    /// <summary>The kind's stable name.</summary>
    public const string KindName = "figures";

    /// <inheritdoc />
    public string Name => KindName;

    /// <inheritdoc />
    public string Title => "figures";

    /// <inheritdoc />
    public IReadOnlyList<string> Columns => FiguresCsvLayout.Columns;

    /// <inheritdoc />
    public CsvLimits Limits { get; } = limits ?? CsvLimits.Figures;

    /// <inheritdoc />
    public int Recognise(IReadOnlyList<string> header) =>
        header.Contains(FiguresCsvLayout.Value, StringComparer.OrdinalIgnoreCase) || header.Contains(FiguresCsvLayout.Measure, StringComparer.OrdinalIgnoreCase)
            ? header.Count(h => FiguresCsvLayout.Columns.Contains(h, StringComparer.OrdinalIgnoreCase))
            : 0;

    /// <inheritdoc />
    public IReadOnlyList<CsvError> Read(IReadOnlyList<ImportFile> files, ImportTarget target, CancellationToken cancellationToken)
    {
        var errors = new List<CsvError>();
        var upload = new Dictionary<UInt128, (object Parser, string File, int Line)>();
        foreach (var file in files)
        {
            using var stream = file.Open();
            var parser = new FiguresCsvParser(file.Name, target.IndicatorIds, Limits, upload);
            errors.AddRange(parser.Parse(stream, figure => target.PutFigure(figure, file.Name), cancellationToken));
            if (errors.Count >= Limits.MaxErrors)
            {
                break;
            }
        }

        return errors;
    }
}
