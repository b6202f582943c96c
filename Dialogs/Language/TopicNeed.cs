namespace SafetyBot.Dialogs.Language;

/// <summary>How an <see cref="IntentRule"/> stands towards an indicator named in the question.</summary>
public enum TopicNeed
{
    /// <summary>
    /// The rule does not look at indicators: commands, and questions about other kinds of topic
    /// (glossary terms, priorities, programmes, actions), which set their own topic.
    /// </summary>
    Ignored,

    /// <summary>The rule applies whether or not an indicator is named; a named one becomes the topic.</summary>
    Optional,

    /// <summary>The rule applies only when an indicator is named, which becomes the topic.</summary>
    Required,

    /// <summary>The rule applies only when no indicator is named (city-wide questions, follow-ups).</summary>
    Absent,
}
