namespace SafetyBot.Knowledge.Retrieval;

/// <summary>A passage with the topics it is filed under.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Topics">Topic keys it is directly about (indicator ids, programme codes, <c>priority:N</c>).</param>
/// <param name="RelatedTopics">Topic keys it is evidence for or continues (a programme's evidence indicators, an indicator's programmes).</param>
internal sealed record CatalogEntry(Passage Passage, IReadOnlySet<string> Topics, IReadOnlySet<string> RelatedTopics);
