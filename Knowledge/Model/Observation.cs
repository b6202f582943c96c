using LiteDB;

namespace SafetyBot.Knowledge;

/// <summary>One figure: an indicator's value for an area, period and measure, with its provenance.</summary>
public sealed record Observation
{
    /// <summary>Id of the <see cref="Indicator"/>.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The geography.</summary>
    public required Area Area { get; init; }

    /// <summary>The period covered.</summary>
    public required Period Period { get; init; }

    /// <summary>What the value measures.</summary>
    public required Measure Measure { get; init; }

    /// <summary>
    /// A sub-group of the indicator the figure is about, e.g. "females aged 16-59" or
    /// "racially or religiously aggravated offences"; empty for the indicator as a whole.
    /// </summary>
    public string Breakdown { get; init; } = string.Empty;

    /// <summary>The value as the source gives it.</summary>
    public required decimal Value { get; init; }

    /// <summary>For a <see cref="Measure.Rank"/>: out of how many (e.g. 15 for the iQuanta MSG).</summary>
    public int? RankOf { get; init; }

    /// <summary>Anything a reader must know, e.g. "projected", "approximately", a quirk of the source.</summary>
    public string? Note { get; init; }

    /// <summary>True when the value was computed from other figures rather than stated by the source.</summary>
    public bool IsDerived { get; init; }

    /// <summary>Where the figure came from.</summary>
    public required Provenance Provenance { get; init; }

    /// <summary>The identity of the figure: indicator, area, period, measure and breakdown.</summary>
    [BsonIgnore]
    public string Key => ObservationKey.Of(IndicatorId, Area, Period, Measure, Breakdown);
}
