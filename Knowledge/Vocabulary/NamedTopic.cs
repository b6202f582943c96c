namespace SafetyBot.Knowledge;

/// <summary>A topic of the knowledge with every name people use for it.</summary>
/// <param name="Kind">Indicator, priority, programme or glossary term.</param>
/// <param name="Id">Its id: an indicator id, a priority number, a programme code or a glossary id.</param>
/// <param name="DisplayName">How it is named to a member.</param>
/// <param name="Names">Its names: display name (and its bracketed part), synonyms, abbreviations, title parts, expansions.</param>
public sealed record NamedTopic(NamedTopicKind Kind, string Id, string DisplayName, IReadOnlyList<string> Names);
