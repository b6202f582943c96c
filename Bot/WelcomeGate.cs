using System.Collections.Concurrent;

namespace SafetyBot.Bot;

/// <summary>
/// Teams announces an install with an installationUpdate and a conversationUpdate a few
/// milliseconds apart, so both turns can read "not yet welcomed" before either saves. The gate
/// lets one of them through per conversation; the persisted flag covers restarts.
/// </summary>
public sealed class WelcomeGate
{
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);

    /// <summary>True for the first caller for <paramref name="conversationId"/>.</summary>
    public bool TryClaim(string conversationId) => _claimed.TryAdd(conversationId, 0);
}
