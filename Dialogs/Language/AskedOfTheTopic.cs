namespace SafetyBot.Dialogs.Language;

/// <summary>
/// What a follow-up asks of the conversation's topic that only that topic's own words may answer ("anything we should keep an
/// eye on", "who should we link up with on it", "what needs improving", "what are the other partners doing to help"): never
/// another topic's passage, and when the topic's words hold nothing of it, the assessment is said to say nothing of it.
/// </summary>
public enum AskedOfTheTopic
{
    /// <summary>Not such a question.</summary>
    None,

    /// <summary>What to keep an eye on (the topic's watching brief, what could get worse).</summary>
    WhatToWatch,

    /// <summary>Whom to link up with (the opportunities the scanning table gives for the topic).</summary>
    WhomToLinkUpWith,

    /// <summary>What needs improving (the topic's own words on improvements).</summary>
    WhatNeedsImproving,

    /// <summary>How the other partners help (the interventions of the 2017/18 review of the programme that took the topic on).</summary>
    HowPartnersHelp,

    /// <summary>Whether the topic's trend is in line with the nation's (the topic's own words weighing it, or its national picture).</summary>
    AgainstTheNation,

    /// <summary>"is that good news or bad?" after a topic's figures: how the assessment reads that topic's change, in its own words on it.</summary>
    ChangeJudged,
}
