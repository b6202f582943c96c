namespace SafetyBot.Knowledge;

/// <summary>The geography a figure describes.</summary>
public enum Area
{
    /// <summary>Cambridge City (the district the Partnership covers).</summary>
    CambridgeCity,

    /// <summary>Cambridgeshire (county, or the county average where the source says so).</summary>
    Cambridgeshire,

    /// <summary>The Cambridgeshire Constabulary force area.</summary>
    CambridgeshireConstabulary,

    /// <summary>The average of the iQuanta most similar group (MSG) of 15 areas.</summary>
    MsgAverage,

    /// <summary>England and Wales (national police recorded crime, CSEW, ONS).</summary>
    EnglandAndWales,

    /// <summary>England.</summary>
    England,

    /// <summary>The United Kingdom.</summary>
    UnitedKingdom,

    /// <summary>National, where the source does not say which geography it means.</summary>
    National,

    /// <summary>The extended city centre area of Cambridge used for street-life ASB.</summary>
    ExtendedCityCentre,

    /// <summary>Addenbrooke's catchment (A&amp;E attendances irrespective of where the assault happened).</summary>
    AddenbrookesCatchment,
}
