namespace SafetyBot.Knowledge.PoliceUk;

/// <summary>
/// Which police.uk street-level records belong to the Partnership's district. Bound from the <c>PoliceUk</c>
/// section and checked at start by <see cref="PoliceUkOptionsValidator"/>.
/// </summary>
public sealed class PoliceUkOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "PoliceUk";

    /// <summary>The default prefix: the LSOAs of Cambridge City are named "Cambridge 001A" to "Cambridge 013E".</summary>
    public const string DefaultDistrictLsoaPrefix = "Cambridge 0";

    /// <summary>
    /// A record belongs to the district when its <c>LSOA name</c> starts with this text (case as published).
    /// "Cambridge 0" keeps "Cambridge 001A" and leaves out "South Cambridgeshire 001A" and "East Cambridgeshire 001A".
    /// </summary>
    public string DistrictLsoaPrefix { get; set; } = DefaultDistrictLsoaPrefix;
}
