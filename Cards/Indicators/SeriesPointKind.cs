namespace SafetyBot.Cards.Indicators;

/// <summary>What a question asks of a run of years beyond its figures (<see cref="SeriesPoint"/>).</summary>
public enum SeriesPointKind
{
    /// <summary>The first year above a level ("when did it first go over 1000").</summary>
    Above,

    /// <summary>The first year below a level ("when did it drop below 500").</summary>
    Below,

    /// <summary>The highest year ("when did it peak").</summary>
    Highest,

    /// <summary>The lowest year ("when was it lowest").</summary>
    Lowest,

    /// <summary>The biggest rise between two consecutive years ("what was the biggest yearly rise").</summary>
    BiggestRise,

    /// <summary>The biggest fall between two consecutive years ("which year saw the sharpest drop").</summary>
    BiggestFall,
}
