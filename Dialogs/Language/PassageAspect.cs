namespace SafetyBot.Dialogs.Language;

/// <summary>What kind of answer a <see cref="PassageQuery"/> looks for in the assessment's prose.</summary>
public enum PassageAspect
{
    /// <summary>Anything relevant.</summary>
    General,

    /// <summary>Why something rose or fell.</summary>
    Why,

    /// <summary>Which agency leads a programme or intervention.</summary>
    WhoLeads,

    /// <summary>When something happened (accreditations, conferences, inspections, markers introduced).</summary>
    When,

    /// <summary>What a named programme, campaign, scheme or survey is.</summary>
    WhatIs,

    /// <summary>Which keywords or definitions an analysis used.</summary>
    Definition,

    /// <summary>What survey estimates say.</summary>
    Survey,

    /// <summary>What the assessment recommends.</summary>
    Recommend,

    /// <summary>Who wrote or reviewed the assessment.</summary>
    Author,

    /// <summary>The caveats about figures.</summary>
    Caveat,
}
