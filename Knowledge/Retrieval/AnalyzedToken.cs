namespace SafetyBot.Knowledge.Retrieval;

/// <summary>A token of analysed text: a stemmed word, or a concept (a topic or lexicon group) spanning one or more words.</summary>
/// <param name="Term">The stemmed word, or the concept's token (starting with '#').</param>
/// <param name="Position">Its position in the text (words removed as stop words leave gaps).</param>
/// <param name="Length">How many positions it spans (more than one for a concept named by a phrase).</param>
internal readonly record struct AnalyzedToken(string Term, int Position, int Length)
{
    /// <summary>Whether it is a concept rather than a word of the text.</summary>
    internal bool IsConcept => Term.StartsWith(PassageAnalysis.ConceptMark);
}
