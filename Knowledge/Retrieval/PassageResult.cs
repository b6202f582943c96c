namespace SafetyBot.Knowledge.Retrieval;

/// <summary>What the passage index found for a question.</summary>
/// <param name="Query">The question.</param>
/// <param name="Hits">Passages that passed the threshold, best first; empty when nothing answers the question.</param>
/// <param name="TopCoverage">The best candidate's coverage of the question, whether or not it passed (0 when no passage matched a word).</param>
/// <param name="TopEvidence">The best candidate's matched evidence (summed inverse document frequency of the words it matched).</param>
public sealed record PassageResult(PassageQuery Query, IReadOnlyList<PassageHit> Hits, double TopCoverage, double TopEvidence)
{
    /// <summary>Whether anything answers the question.</summary>
    public bool Found => Hits.Count > 0;

    /// <summary>The best hit, or null when nothing answers the question.</summary>
    public PassageHit? Best => Hits.Count > 0 ? Hits[0] : null;
}
