namespace SafetyBot.Dialogs.Language;

/// <summary>Where the recogniser learns the names of topics (from the Knowledge store).</summary>
public interface IVocabularySource
{
    /// <summary>Every name of every topic.</summary>
    IEnumerable<VocabularyTerm> Terms();
}
