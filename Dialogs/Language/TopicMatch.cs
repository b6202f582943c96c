namespace SafetyBot.Dialogs.Language;

/// <summary>A run of the question's words that names one or more topics.</summary>
/// <param name="Start">Index of the first word.</param>
/// <param name="Length">Number of words.</param>
/// <param name="Phrase">The vocabulary phrase matched.</param>
/// <param name="Topics">The topics it names (more than one when the phrase is ambiguous, e.g. "domestic abuse").</param>
/// <param name="Score">Letters matched, less a penalty per misspelt word: longer, exact matches win.</param>
public sealed record TopicMatch(int Start, int Length, string Phrase, IReadOnlyList<TopicRef> Topics, int Score);
