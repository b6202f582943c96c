namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>The columns of police.uk street-level crime files (data.police.uk "street" files), exactly and in order.</summary>
public static class PoliceUkCsvLayout
{
    /// <summary>The month the crime was reported, <c>yyyy-MM</c>.</summary>
    public const string Month = "Month";

    /// <summary>The force that provided the record.</summary>
    public const string ReportedBy = "Reported by";

    /// <summary>The crime's id (empty for anti-social behaviour).</summary>
    public const string CrimeId = "Crime ID";

    /// <summary>Longitude of the anonymised location.</summary>
    public const string Longitude = "Longitude";

    /// <summary>Latitude of the anonymised location.</summary>
    public const string Latitude = "Latitude";

    /// <summary>The LSOA's name, e.g. "Cambridge 007B".</summary>
    public const string LsoaName = "LSOA name";

    /// <summary>The police.uk crime category.</summary>
    public const string CrimeType = "Crime type";

    /// <summary>The columns, in file order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        CrimeId, Month, ReportedBy, "Falls within", Longitude, Latitude, "Location", "LSOA code", LsoaName, CrimeType,
        "Last outcome category", "Context",
    ];

    /// <summary>True when <paramref name="header"/> has exactly these columns in this order (ignoring case and surrounding spaces).</summary>
    public static bool Matches(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return header.Count == Columns.Count
            && header.Select(h => h.Trim()).SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase);
    }
}
