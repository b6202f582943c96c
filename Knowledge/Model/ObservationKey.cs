namespace SafetyBot.Knowledge;

/// <summary>Builds the identity key of an observation.</summary>
public static class ObservationKey
{
    /// <summary>The key of the figure for an indicator, area, period, measure and breakdown (case-insensitive).</summary>
    public static string Of(string indicatorId, Area area, Period period, Measure measure, string? breakdown = null)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        ArgumentNullException.ThrowIfNull(period);
        return string.Join(
            '|',
            indicatorId.Trim().ToLowerInvariant(),
            area.ToString(),
            period.Key.ToUpperInvariant(),
            measure.ToString(),
            (breakdown ?? string.Empty).Trim().ToLowerInvariant());
    }
}
