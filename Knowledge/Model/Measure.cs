namespace SafetyBot.Knowledge;

/// <summary>What a figure's value measures.</summary>
public enum Measure
{
    /// <summary>A volume (crimes, incidents, referrals, people...).</summary>
    Count,

    /// <summary>
    /// A change in volume. For a one-year or twelve-month period it compares with the period of
    /// the same length before it; for a custom range it compares the range's end with its start.
    /// </summary>
    Change,

    /// <summary>A change in per cent (12 means +12%), compared as for <see cref="Change"/>.</summary>
    PercentChange,

    /// <summary>A rate per 1,000 population.</summary>
    RatePer1000Population,

    /// <summary>A rate per 100 dwellings.</summary>
    RatePer100Dwellings,

    /// <summary>A rate per 1,000 households.</summary>
    RatePer1000Households,

    /// <summary>A rate per 1,000 business premises.</summary>
    RatePer1000BusinessPremises,

    /// <summary>A rate whose basis the source does not state.</summary>
    Rate,

    /// <summary>A rank (1 = highest rate); the observation's RankOf says out of how many.</summary>
    Rank,

    /// <summary>A proportion or share as a percentage (27 means 27%); the note or breakdown says of what.</summary>
    Proportion,
}
