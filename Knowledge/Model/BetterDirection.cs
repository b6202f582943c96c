namespace SafetyBot.Knowledge;

/// <summary>Which way a change in an indicator reads as good news.</summary>
public enum BetterDirection
{
    /// <summary>A fall is good news (most crime and disorder).</summary>
    Lower,

    /// <summary>A rise is good news, e.g. more domestic abuse being reported and recorded.</summary>
    Higher,

    /// <summary>Neither direction is good or bad in itself (context figures).</summary>
    Neutral,
}
