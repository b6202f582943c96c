namespace SafetyBot.Cards.Indicators;

/// <summary>What the member asked about an indicator: it decides which part of the card leads.</summary>
public enum IndicatorFocus
{
    /// <summary>How it changed (the full answer).</summary>
    Change,

    /// <summary>How many.</summary>
    Volume,

    /// <summary>Rates.</summary>
    Rate,

    /// <summary>Most similar group.</summary>
    Compare,

    /// <summary>National picture.</summary>
    National,

    /// <summary>What the partnership could do.</summary>
    Opportunities,

    /// <summary>Financial-year quarters and year to date.</summary>
    Quarters,

    /// <summary>Several years.</summary>
    Series,
}
