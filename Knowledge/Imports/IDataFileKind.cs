using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// One kind of data file SafetyBot loads (figures, indicators, narratives, police.uk...). A kind is one class,
/// listed once in <see cref="DataFileKinds.All"/>; <see cref="DataImporter"/> does the rest: it recognises the
/// kind from the file's header, validates the whole file (<see cref="Read"/> against a preview target), shows
/// the preview, and applies it in one transaction (<see cref="Read"/> again, against the applying target) with
/// every change recorded so that the import can be undone exactly.
/// </summary>
internal interface IDataFileKind
{
    /// <summary>Stable name, stored with each import: <c>figures</c>, <c>indicators</c>...</summary>
    string Name { get; }

    /// <summary>What the file holds, for people: "figures", "indicator definitions"...</summary>
    string Title { get; }

    /// <summary>The header of this kind's layout, to say what SafetyBot accepts when no kind recognises a file.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>How much of a file of this kind is read before it is refused.</summary>
    CsvLimits Limits { get; }

    /// <summary>
    /// How well <paramref name="header"/> (the first record of a file, trimmed) fits this kind: 0 when it is not this
    /// kind at all (a kind should insist on a column that only it has), otherwise how many of its columns the header
    /// names. The kind with the highest score reads the file.
    /// </summary>
    int Recognise(IReadOnlyList<string> header);

    /// <summary>
    /// Reads and validates every file of the upload and hands every record on to <paramref name="target"/>
    /// (<see cref="ImportTarget.PutFigure"/>, <see cref="ImportTarget.PutIndicator"/>, <see cref="ImportTarget.PutNarrative"/>,
    /// <see cref="ImportTarget.Put{T}"/>). Called twice for one import, first to preview and then to apply: it must put
    /// the same records for the same bytes, and write nothing itself. Returns every error (file, line, column); an import
    /// with any error changes nothing.
    /// </summary>
    IReadOnlyList<CsvError> Read(IReadOnlyList<ImportFile> files, ImportTarget target, CancellationToken cancellationToken);
}
