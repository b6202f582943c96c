namespace SafetyBot.Knowledge;

/// <summary>What a <see cref="NamedTopic"/> is.</summary>
public enum NamedTopicKind
{
    /// <summary>An indicator (id such as <c>dwelling-burglary</c>).</summary>
    Indicator,

    /// <summary>A recommended priority (id: its number, e.g. <c>1</c>).</summary>
    Priority,

    /// <summary>A programme of a priority (id: its code, e.g. <c>1.1</c>).</summary>
    Programme,

    /// <summary>A glossary term (id such as <c>csew</c>).</summary>
    GlossaryTerm,
}
