using SafetyBot.Dialogs.Routing;
using SafetyBot.Knowledge.Caching;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Recognises through <see cref="IntentRecognizer"/>, remembering how texts were understood: members ask the same
/// questions in the same words, and recognising is a function of the text and the vocabulary (the knowledge) only.
/// Every short text is remembered (<see cref="KnowledgeCacheOptions.MaxTextLength"/>), those no rule fits too, in the
/// <see cref="KnowledgeCache"/> (in memory only, bounded, keyed by the knowledge version the vocabulary is built from).
/// An <see cref="Understanding"/> is immutable, so one can be shared between turns.
/// </summary>
public sealed class RecentUnderstandings(IntentRecognizer recognizer, KnowledgeCache cache) : IIntentRecognizer
{
    /// <inheritdoc />
    public Understanding Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return cache.MayKeep(text)
            ? cache.GetOrCreate(new TextKey(text), key => recognizer.Recognize(key.Text), static _ => 1)
            : recognizer.Recognize(text);
    }

    /// <summary>The cache key of a typed text's understanding.</summary>
    private sealed record TextKey(string Text);
}
