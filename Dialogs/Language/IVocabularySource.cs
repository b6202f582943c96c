using SafetyBot.Knowledge;

namespace SafetyBot.Dialogs.Language;

/// <summary>Where the recogniser learns the names of topics (from the Knowledge store).</summary>
public interface IVocabularySource
{
    /// <summary>Changes whenever the terms may have changed (the Knowledge version): the recogniser rebuilds its vocabulary then.</summary>
    long Version { get; }

    /// <summary>Every name of every topic.</summary>
    IEnumerable<VocabularyTerm> Terms();

    /// <summary>
    /// Every word the assessment's passages use (empty when unknown): a question's word that is in neither these nor
    /// the terms is about something the assessment never mentions ("resident parking permit").
    /// </summary>
    IEnumerable<string> AssessmentWords();

    /// <summary>The places the assessment never names and gives no figures for (Oxford, a London borough), with their words.</summary>
    IEnumerable<UncoveredPlace> UncoveredPlaces();
}
