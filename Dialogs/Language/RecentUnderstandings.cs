using System.Collections.Concurrent;
using SafetyBot.Cards;
using SafetyBot.Dialogs.Routing;

namespace SafetyBot.Dialogs.Language;

/// <summary>
/// Recognises through <see cref="IntentRecognizer"/>, remembering how recent texts were understood:
/// members ask the same questions in the same words, and recognising is a pure function of the text.
/// Only short texts that were understood are remembered (never anything recognised as unknown, nor a question
/// only looked for in the assessment's words because nothing else fitted), in memory only, at most
/// <see cref="Capacity"/> of them; when full, or when the vocabulary's Knowledge version changes, it starts afresh.
/// An <see cref="Understanding"/> is immutable, so one can be shared between turns.
/// </summary>
public sealed class RecentUnderstandings(IntentRecognizer recognizer) : IIntentRecognizer
{
    /// <summary>The most texts remembered at once.</summary>
    public const int Capacity = 1024;

    /// <summary>Texts longer than this are recognised each time.</summary>
    public const int MaxTextLength = 160;

    private ConcurrentDictionary<string, Understanding> _recent = new(StringComparer.Ordinal);
    private long _version = recognizer.VocabularyVersion;

    /// <inheritdoc />
    public Understanding Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var recent = Volatile.Read(ref _recent);
        var version = recognizer.VocabularyVersion;
        if (Interlocked.Read(ref _version) != version)
        {
            recent = new ConcurrentDictionary<string, Understanding>(StringComparer.Ordinal);
            Volatile.Write(ref _recent, recent);
            Interlocked.Exchange(ref _version, version);
        }

        if (recent.TryGetValue(text, out var understanding))
        {
            return understanding;
        }

        understanding = recognizer.Recognize(text);
        if (understanding.Intent == Intent.Unknown || IsAnyOtherQuestion(understanding) || text.Length > MaxTextLength)
        {
            return understanding;
        }

        if (recent.Count >= Capacity)
        {
            recent = new ConcurrentDictionary<string, Understanding>(StringComparer.Ordinal);
            Volatile.Write(ref _recent, recent);
        }

        return recent.GetOrAdd(text, understanding);
    }

    /// <summary>A question no rule recognised, sent to the passage search as it stands (free text, kept like unknown text).</summary>
    private static bool IsAnyOtherQuestion(Understanding understanding) =>
        understanding is { Intent: Intent.Passage, Passage.Aspect: Knowledge.Retrieval.PassageAspect.General };
}
