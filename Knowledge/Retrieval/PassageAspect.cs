namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// What a prose question asks of a passage. It changes which sentences and passages are preferred,
/// never what counts as a match: a passage must still match the question's words.
/// </summary>
public enum PassageAspect
{
    /// <summary>Anything the assessment says about it.</summary>
    General,

    /// <summary>Why something rose or fell: trend and context sentences with causal words ("due to", "thought to", "reflect").</summary>
    Why,

    /// <summary>Who leads a programme or intervention: sentences naming agencies ("led by", "lead on", Constabulary, Council).</summary>
    WhoLeads,

    /// <summary>When something happened: sentences with dates; key dates.</summary>
    When,

    /// <summary>What a named programme, campaign, scheme or group is.</summary>
    WhatIs,

    /// <summary>Which keywords or definitions an analysis used: notes, footnotes, "include", "defined".</summary>
    Definition,

    /// <summary>What a survey (CSEW, CVS, Health Related Behaviour Survey) estimates.</summary>
    Survey,

    /// <summary>What the assessment recommends: recommendations, opportunities, priorities.</summary>
    Recommend,

    /// <summary>Who wrote or reviewed the assessment, and its purpose.</summary>
    Author,

    /// <summary>Caveats and gaps in the data.</summary>
    Caveat,
}
