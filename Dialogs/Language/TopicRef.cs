namespace SafetyBot.Dialogs.Language;

/// <summary>A topic the member can ask about.</summary>
/// <param name="Kind">Indicator, priority or glossary term.</param>
/// <param name="Id">Its id in Knowledge (an indicator id, a priority or programme code, a glossary term).</param>
/// <param name="DisplayName">How it is named to the member.</param>
public sealed record TopicRef(TopicKind Kind, string Id, string DisplayName);
