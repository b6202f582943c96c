namespace SafetyBot.Knowledge.Retrieval;

/// <summary>
/// The <see cref="IPassageSearch"/> over a <see cref="KnowledgeStore"/>: each knowledge snapshot
/// carries its own passage index, built on the first search after a seed or an import and swapped in
/// with the snapshot, so a search never sees a half-built index or two versions at once.
/// </summary>
/// <param name="store">The store whose passages are searched.</param>
public sealed class PassageSearch(KnowledgeStore store) : IPassageSearch
{
    /// <inheritdoc />
    public PassageResult Search(PassageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.CurrentSnapshot.PassageIndex.Search(query);
    }

    /// <inheritdoc />
    public IReadOnlyList<Passage> Passages() => store.CurrentSnapshot.PassageIndex.Passages;
}
