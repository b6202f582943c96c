namespace SafetyBot.Knowledge;

/// <summary>How Cambridge City compares with its iQuanta most similar group (MSG).</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Breakdown">The sub-group compared (e.g. racially or religiously aggravated offences), empty for the whole indicator.</param>
/// <param name="Period">The period compared (e.g. 12 months to November 2017).</param>
/// <param name="Rank">Our rank; its RankOf says out of how many (1 = highest rate).</param>
/// <param name="OurRate">Our rate in the comparison, when given.</param>
/// <param name="MsgAverage">The MSG average rate, when given.</param>
public sealed record PeerComparison(
    Indicator Indicator,
    string Breakdown,
    Period Period,
    Observation Rank,
    Observation? OurRate,
    Observation? MsgAverage)
{
    /// <summary>The basis of the rates, e.g. <see cref="Measure.RatePer1000Households"/>; null when no rate is given.</summary>
    public Measure? RateBasis => OurRate?.Measure;

    /// <summary>True when our rate is above the MSG average; null when either is missing.</summary>
    public bool? IsAboveAverage => OurRate is { } ours && MsgAverage is { } average ? ours.Value > average.Value : null;
}
