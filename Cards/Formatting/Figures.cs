using System.Globalization;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Formatting;

/// <summary>How figures are written on cards and in answers: as the assessment writes them.</summary>
public static class Figures
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1,295", "0.87", "21.04": thousands separated, no trailing zeros beyond the source's.</summary>
    public static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", English);

    /// <summary>"+193", "-28", "0".</summary>
    public static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Number(value);

    /// <summary>"43%".</summary>
    public static string Percent(decimal value) => Number(Math.Abs(value)) + "%";

    /// <summary>"up 193 (43%)", "down 28 (3%)", "unchanged"; the per cent part only when given.</summary>
    public static string ChangeWords(decimal? change, decimal? percent)
    {
        var direction = (change ?? percent) switch
        {
            > 0 => "up",
            < 0 => "down",
            _ => "unchanged",
        };
        if (direction == "unchanged")
        {
            return direction;
        }

        var amount = change is { } c ? Number(Math.Abs(c)) : null;
        var share = percent is { } p ? Percent(p) : null;
        return amount is not null && share is not null ? $"{direction} {amount} ({share})"
            : amount is not null ? $"{direction} {amount}"
            : $"{direction} {share}";
    }

    /// <summary>"per 1,000 population", "per 100 dwellings"...</summary>
    public static string RateBasis(Measure measure) => measure switch
    {
        Measure.RatePer1000Population => "per 1,000 population",
        Measure.RatePer100Dwellings => "per 100 dwellings",
        Measure.RatePer1000Households => "per 1,000 households",
        Measure.RatePer1000BusinessPremises => "per 1,000 business premises",
        Measure.Rate => "rate (basis not stated in the assessment)",
        _ => string.Empty,
    };

    /// <summary>True for the rate measures.</summary>
    public static bool IsRate(Measure measure) => measure is Measure.RatePer1000Population or Measure.RatePer100Dwellings
        or Measure.RatePer1000Households or Measure.RatePer1000BusinessPremises or Measure.Rate;

    /// <summary>A figure with its unit: "647 crimes", "27%", "1.21 per 100 dwellings", "rank 7 of 15".</summary>
    public static string WithUnit(Observation observation, string unit)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation.Measure switch
        {
            Measure.Count => $"{Number(observation.Value)} {unit}",
            Measure.Change => Signed(observation.Value),
            Measure.PercentChange => (observation.Value > 0 ? "+" : observation.Value < 0 ? "-" : string.Empty) + Percent(observation.Value),
            Measure.Proportion => Number(observation.Value) + "%",
            Measure.Rank => observation.RankOf is { } of ? $"rank {Number(observation.Value)} of {of}" : $"rank {Number(observation.Value)}",
            _ => $"{Number(observation.Value)} {RateBasis(observation.Measure)}",
        };
    }

    /// <summary>The area in words.</summary>
    public static string AreaName(Area area) => area switch
    {
        Area.CambridgeCity => "Cambridge City",
        Area.Cambridgeshire => "Cambridgeshire",
        Area.CambridgeshireConstabulary => "Cambridgeshire Constabulary area",
        Area.MsgAverage => "Most similar group average",
        Area.EnglandAndWales => "England and Wales",
        _ => SplitWords(area.ToString()),
    };

    private static string SplitWords(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
