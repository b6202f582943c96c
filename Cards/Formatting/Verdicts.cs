using SafetyBot.Cards.Model;
using SafetyBot.Knowledge;

namespace SafetyBot.Cards.Formatting;

/// <summary>
/// Whether a difference is good or bad news, given which way is better for the topic: a rise in
/// domestic abuse recording is good news and is not painted red.
/// </summary>
public static class Verdicts
{
    /// <summary>True when a difference of this sign is better, false when worse, null when neutral or none.</summary>
    /// <param name="better">Which way is better for the topic.</param>
    /// <param name="difference">A change, or our rate minus a comparison rate: only its sign is used.</param>
    public static bool? IsBetter(BetterDirection better, decimal difference) => difference == 0 ? null : better switch
    {
        BetterDirection.Lower => difference < 0,
        BetterDirection.Higher => difference > 0,
        _ => null,
    };

    /// <summary>The chart colour of a verdict: good, attention or neutral.</summary>
    public static ChartColor ChartColour(bool? better) => better switch
    {
        true => ChartColor.Good,
        false => ChartColor.Attention,
        _ => ChartColor.Neutral,
    };

    /// <summary>The text colour of a verdict: good, attention or default.</summary>
    public static TextColor TextColour(bool? better) => better switch
    {
        true => TextColor.Good,
        false => TextColor.Attention,
        _ => TextColor.Default,
    };

    /// <summary>"better", "worse" or "neither better nor worse".</summary>
    public static string Word(bool? better) => better switch
    {
        true => "better",
        false => "worse",
        _ => "neither better nor worse",
    };

    /// <summary>"▲", "▼" or "■" for a rise, a fall or no change.</summary>
    public static string Arrow(decimal change) => change > 0 ? "▲" : change < 0 ? "▼" : "■";
}
