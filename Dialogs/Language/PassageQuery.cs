using SafetyBot.Knowledge.Retrieval;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// A question answered from the assessment's own words (<see cref="Cards.Intent.Passage"/>); its
/// topic, when named, is the understanding's <see cref="Routing.Understanding.Topic"/>.
/// </summary>
/// <param name="Text">The words to search for (the question, cleaned).</param>
/// <param name="Aspect">What kind of answer is wanted.</param>
public sealed record PassageQuery(string Text, PassageAspect Aspect);
