namespace SafetyBot.Dialogs.Language;

/// <summary>One way of naming a topic: an official name, a synonym or an abbreviation.</summary>
/// <param name="Phrase">The words, e.g. "house break-ins".</param>
/// <param name="Topic">The topic they name.</param>
public sealed record VocabularyTerm(string Phrase, TopicRef Topic);
