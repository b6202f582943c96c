namespace SafetyBot.Dialogs.Language;

/// <summary>What a recognised topic refers to.</summary>
public enum TopicKind
{
    /// <summary>An indicator of the scanning table (dwelling burglary, ASB...).</summary>
    Indicator,

    /// <summary>A recommended priority (1, 2, 3) or programme (1.1, 1.2, 2.1, 3.1).</summary>
    Priority,

    /// <summary>A glossary term (MSG, CSEW...).</summary>
    Glossary,

    /// <summary>A topic members ask about that the assessment gives no figures for (Knowledge's <see cref="Knowledge.UncoveredTopic"/>).</summary>
    Uncovered,
}
