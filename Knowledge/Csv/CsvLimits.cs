namespace SafetyBot.Knowledge.Csv;

/// <summary>
/// How much of a CSV file SafetyBot reads before refusing it, so that no file can exhaust memory or
/// make a record too large to store. Sizes are in bytes of the UTF-8 file.
/// </summary>
public sealed record CsvLimits
{
    /// <summary>The limits of figures files: 16 KiB a field, 64 KiB a line, a million rows, 128 MiB, 100 errors shown.</summary>
    public static CsvLimits Figures { get; } = new();

    /// <summary>The largest field (a note, a source). Larger is refused with the line and column.</summary>
    public int MaxFieldBytes { get; init; } = 16 * 1024;

    /// <summary>The largest record (all fields of one row, with separators and quotes).</summary>
    public int MaxRecordBytes { get; init; } = 64 * 1024;

    /// <summary>The most data rows (the header, comments and blank lines not counted).</summary>
    public int MaxRecords { get; init; } = 1_000_000;

    /// <summary>The largest file.</summary>
    public long MaxFileBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>The most errors reported for one file; reading stops after them, so a wrong file is refused quickly.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Throws when a limit is not positive or a field may be larger than a record.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFieldBytes);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRecordBytes, MaxFieldBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRecords);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxFileBytes, MaxRecordBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxErrors);
    }
}
