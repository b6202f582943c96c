using SafetyBot.Knowledge.Csv;

namespace SafetyBot.Knowledge.Imports;

/// <summary>
/// What an import would change, found by validating the whole file without writing anything: or every error
/// (file, line, column) when it cannot be applied.
/// </summary>
public sealed record ImportPreview
{
    /// <summary>The uploaded file's name.</summary>
    public required string File { get; init; }

    /// <summary>Lower-case hex SHA-256 of the uploaded bytes.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The kind's stable name (<c>figures</c>...); null when no kind recognised the file.</summary>
    public string? Kind { get; init; }

    /// <summary>What the file holds, for people ("figures"); null when no kind recognised it.</summary>
    public string? KindTitle { get; init; }

    /// <summary>Counts per sort of record, in the order first met.</summary>
    public IReadOnlyList<ImportTally> Tallies { get; init; } = [];

    /// <summary>The biggest changes to figures in use (old and new value), biggest first; at most <see cref="DataImporter.BiggestChangesShown"/>.</summary>
    public IReadOnlyList<FigureChange> BiggestChanges { get; init; } = [];

    /// <summary>Display names of the indicators the file adds.</summary>
    public IReadOnlyList<string> NewIndicators { get; init; } = [];

    /// <summary>
    /// What else the analyst should know before applying, e.g. "2018/19 Q2 (July to September 2018): no figures for
    /// August 2018, so no quarterly count" or figures left out because another source holds the period.
    /// </summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Every error; empty when the file can be applied.</summary>
    public IReadOnlyList<CsvError> Errors { get; init; } = [];

    /// <summary>True when the file is valid and may be applied.</summary>
    public bool CanApply => Errors.Count == 0 && Kind is not null;

    /// <summary>True when applying it would change nothing at all.</summary>
    public bool ChangesNothing => Tallies.All(t => t.Added == 0 && t.Changed == 0);

    /// <summary>The tally of <paramref name="noun"/>, zeros when the file has none.</summary>
    public ImportTally TallyOf(string noun) =>
        Tallies.FirstOrDefault(t => t.Noun == noun) ?? new ImportTally(noun, 0, 0, 0);
}
