using System.Security.Cryptography;
using System.Text;

namespace SafetyBot.Knowledge.Storage;

/// <summary>What identifies a claimed activity, and how long a claim is remembered (see <see cref="IActivityClaims"/>).</summary>
public static class ActivityClaim
{
    /// <summary>How long an activity is remembered.</summary>
    public static readonly TimeSpan Memory = TimeSpan.FromDays(2);

    /// <summary>
    /// The key of an activity: the first 16 bytes of the SHA-256 of "{channel}|{conversation}|{activity id}", small and
    /// fixed in size, so no conversation id is kept in the store.
    /// </summary>
    public static Guid KeyOf(string? channelId, string? conversationId, string activityId)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}|{conversationId}|{activityId}"), hash);
        return new Guid(hash[..16]);
    }
}
