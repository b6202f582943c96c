namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// Finds the passages of the assessment that answer a prose question. The index is in memory and
/// follows the knowledge: it is rebuilt for each knowledge version (after the seed and every import),
/// and a search sees one whole version. Safe for concurrent searches; answers in well under a millisecond
/// once built, so it is synchronous.
/// </summary>
public interface IPassageSearch
{
    /// <summary>
    /// The ranked passages that answer <paramref name="query"/>, or none (<see cref="PassageResult.Found"/>
    /// false) when no passage matches it well enough: an unrelated passage is never returned.
    /// </summary>
    PassageResult Search(PassageQuery query);

    /// <summary>Every passage of the current knowledge, in document order.</summary>
    IReadOnlyList<Passage> Passages();
}
