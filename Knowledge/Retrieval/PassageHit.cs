namespace SafetyBot.Knowledge.Retrieval;

/// <summary>A passage that answers a <see cref="PassageQuery"/>.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">Its ranking score (BM25, weighted by coverage and the aspect); comparable within one result only.</param>
/// <param name="Coverage">The share (0 to 1, weighted by rarity) of the question's words the passage contains; 1 for a question of only a topic and an aspect.</param>
/// <param name="BestSentences">The one or two sentences of the passage that best answer the question, in the passage's order.</param>
/// <param name="AspectMatched">
/// Whether the best sentences carry what the aspect asks for (a causal word for "why", an agency for
/// "who leads", a date for "when"); always true for <see cref="PassageAspect.General"/>. False means the
/// passage is about the question but does not answer its aspect: say so, e.g. "the assessment gives no reason".
/// </param>
public sealed record PassageHit(Passage Passage, double Score, double Coverage, IReadOnlyList<string> BestSentences, bool AspectMatched);
