namespace SafetyBot.Cards.Indicators;

/// <summary>
/// The year a question asks for in a run of years: the first above or below a level the member names, or the highest or lowest.
/// The answer reads it from the yearly figures the assessment prints, and names the year and its printed figure; the level is
/// the member's own number, never a figure of the assessment's.
/// </summary>
/// <param name="Kind">Which year is asked.</param>
/// <param name="Level">The level named, for <see cref="SeriesPointKind.Above"/> and <see cref="SeriesPointKind.Below"/>; else null.</param>
/// <param name="National">True when the national run is asked ("when did knife crime nationally first go over 30000"): read from the
/// national figures the assessment quotes, never from Cambridge's own.</param>
/// <param name="Rate">True when a rate is asked ("first over 8 per 1000", "when was the rate highest"): read from the yearly rates,
/// never from the counts.</param>
public sealed record SeriesPoint(SeriesPointKind Kind, decimal? Level = null, bool National = false, bool Rate = false);
